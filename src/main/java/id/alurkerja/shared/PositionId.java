package id.alurkerja.shared;

/**
 * A position (jabatan) of the organisation as its id crosses module lines. A type of its
 * own, so a position id is never passed where another id is expected.
 */
public record PositionId(long value) {

	/** The id, or {@code null} where there is none. */
	public static PositionId of(Long value) {
		return (value != null) ? new PositionId(value) : null;
	}

	/** The raw value of an id that may be absent, for SQL. */
	public static Long valueOf(PositionId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
