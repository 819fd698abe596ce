package id.alurkerja.casework;

import java.time.Instant;

import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.sop.SopContent.TimeStandard;

/** A time standard counted on the working calendar from when the task was created. */
final class Deadlines {

	private Deadlines() {
	}

	static Instant after(WorkingCalendar calendar, Instant start, int amount, TimeStandard standard) {
		return switch (standard.unit()) {
			case MENIT -> calendar.plusWorkingMinutes(start, amount);
			case JAM -> calendar.plusWorkingMinutes(start, amount * 60L);
			case HARI_KERJA -> calendar.plusWorkingDays(start, amount);
			case BULAN -> calendar.plusMonths(start, amount);
		};
	}

}
