package id.alurkerja.casework;

/** Where an open task stands against its time standard, as the inbox counts it. */
public enum TaskState {

	/** Not yet taken or acted on. */
	BARU,
	/** Taken, and not near its due time. */
	DIKERJAKAN,
	/**
	 * Near its due time: less than a day left, or less than half of its time when it has
	 * less than two days in all.
	 */
	MENDEKATI_BATAS,
	/** Past the maximum. */
	TERLAMBAT

}
