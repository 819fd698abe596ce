package id.alurkerja.shared;

/**
 * A task (a step of a case) as its id crosses module lines. A type of its own, so a task
 * id is never passed where another id is expected.
 */
public record TaskId(long value) {

	/** The id, or {@code null} where there is none. */
	public static TaskId of(Long value) {
		return (value != null) ? new TaskId(value) : null;
	}

	/** The raw value of an id that may be absent, for SQL. */
	public static Long valueOf(TaskId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
