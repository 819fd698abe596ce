/**
 * The working calendar: working days (Monday to Friday less national holidays and cuti
 * bersama) and office hours, used for due times and for measuring how long steps took.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kalender Kerja",
		allowedDependencies = { "adminlog", "org", "shared" })
package id.alurkerja.calendar;
