package id.alurkerja.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** 2026-08-17 (Monday) is Hari Kemerdekaan. */
	final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 8, 17)), LocalTime.of(8, 0),
			LocalTime.of(16, 0), WIB);

	@Test
	void oneWorkingDayFromFridaySkipsTheWeekendAndTheHoliday() {
		// Friday 14 Aug 10:00 + 1 hari kerja: Sat, Sun off, Mon 17 Aug holiday -> Tue 18
		// Aug 10:00
		assertThat(this.calendar.plusWorkingDays(at(2026, 8, 14, 10, 0), 1)).isEqualTo(at(2026, 8, 18, 10, 0));
	}

	@Test
	void sevenWorkingDaysSpanTwoWeekends() {
		// Thu 13 Aug + 7 working days: 14, 18, 19, 20, 21, 24, 25 -> Tue 25 Aug
		assertThat(this.calendar.plusWorkingDays(at(2026, 8, 13, 9, 0), 7)).isEqualTo(at(2026, 8, 25, 9, 0));
	}

	@Test
	void minutesRunOnlyInOfficeHours() {
		// Friday 15:45 + 30 minutes: 15 today, 15 on Tuesday (Monday is the holiday)
		assertThat(this.calendar.plusWorkingMinutes(at(2026, 8, 14, 15, 45), 30)).isEqualTo(at(2026, 8, 18, 8, 15));
		// three hours from 09:00 stay the same day
		assertThat(this.calendar.plusWorkingMinutes(at(2026, 8, 12, 9, 0), 180)).isEqualTo(at(2026, 8, 12, 12, 0));
	}

	@Test
	void workReceivedAfterHoursStartsAtTheNextOpening() {
		// Saturday evening + 30 minutes -> Tuesday 08:30
		assertThat(this.calendar.plusWorkingMinutes(at(2026, 8, 15, 19, 0), 30)).isEqualTo(at(2026, 8, 18, 8, 30));
		assertThat(this.calendar.plusWorkingDays(at(2026, 8, 12, 17, 0), 1)).isEqualTo(at(2026, 8, 14, 8, 0));
	}

	@Test
	void monthsAreCalendarMonths() {
		assertThat(this.calendar.plusMonths(at(2026, 1, 31, 9, 0), 1)).isEqualTo(at(2026, 2, 28, 9, 0));
	}

	@Test
	void measuredTimeCountsOfficeMinutesOnly() {
		// Friday 15:00 to Tuesday 09:00: 60 minutes Friday, 60 minutes Tuesday
		assertThat(this.calendar.workingMinutesBetween(at(2026, 8, 14, 15, 0), at(2026, 8, 18, 9, 0))).isEqualTo(120);
		assertThat(this.calendar.workingDaysBetween(at(2026, 8, 11, 8, 0), at(2026, 8, 13, 8, 0))).isEqualTo(2.0);
		assertThat(this.calendar.workingMinutesBetween(at(2026, 8, 18, 9, 0), at(2026, 8, 14, 15, 0))).isZero();
	}

	static Instant at(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(WIB).toInstant();
	}

}
