package id.alurkerja.casework;

/** Recurring reports to a superior during a step (seed 003). */
public enum ReportKind {

	HARIAN, MINGGUAN, BULANAN

}
