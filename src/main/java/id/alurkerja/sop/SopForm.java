package id.alurkerja.sop;

/** The two forms an SOP is written in. */
public enum SopForm {

	/** The Permenpan RB table: identity block, then one row per activity with lanes. */
	FLOWCHART,
	/**
	 * Numbered sections (Tujuan, Dasar Hukum ... Prosedur Kerja ... Penutup), as in seed
	 * 003.
	 */
	NARRATIVE

}
