package id.alurkerja.sop;

/**
 * Units of a time standard. Minutes and hours count office hours, days count working days
 * (hari kerja), months count calendar months.
 */
public enum TimeUnit {

	MENIT, JAM, HARI_KERJA, BULAN

}
