package id.alurkerja.shared;

/**
 * A person of the organisation as their id crosses module lines. A type of its own, so a
 * person id is never passed where another id is expected.
 */
public record PersonId(long value) {

	/** The id, or {@code null} where there is none. */
	public static PersonId of(Long value) {
		return (value != null) ? new PersonId(value) : null;
	}

	/** The raw value of an id that may be absent, for SQL. */
	public static Long valueOf(PersonId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
