package id.alurkerja.casework;

/** Where an open task stands against its time standard, as the inbox counts it. */
public enum TaskState {

	/** Not yet taken or acted on. */
	BARU,
	/** Taken, within its minimum time. */
	DIKERJAKAN,
	/** Past the minimum of its time standard. */
	MENDEKATI_BATAS,
	/** Past the maximum. */
	TERLAMBAT

}
