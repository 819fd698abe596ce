package id.alurkerja.shared;

/**
 * A case (berkas) as its id crosses module lines: casework to audit and reports. A type
 * of its own, so a case id is never passed where another id is expected.
 */
public record CaseId(long value) {

	/** The id, or {@code null} where there is none. */
	public static CaseId of(Long value) {
		return (value != null) ? new CaseId(value) : null;
	}

	/** The raw value of an id that may be absent, for SQL. */
	public static Long valueOf(CaseId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
