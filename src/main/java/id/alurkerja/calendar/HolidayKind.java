package id.alurkerja.calendar;

/** A national holiday (libur nasional) or a collective leave day (cuti bersama). */
public enum HolidayKind {

	LIBUR_NASIONAL, CUTI_BERSAMA

}
