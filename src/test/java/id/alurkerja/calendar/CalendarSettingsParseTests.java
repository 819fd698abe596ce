package id.alurkerja.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the lines of a pasted holiday list, as the SKB or a circular prints them. */
class CalendarSettingsParseTests {

	@Test
	void isoDateNameAndKind() {
		assertThat(CalendarSettings.parse("2027-03-10; Idul Fitri 1448 H; LIBUR_NASIONAL"))
			.isEqualTo(new CalendarSettings.Holiday(LocalDate.of(2027, 3, 10), "Idul Fitri 1448 H",
					HolidayKind.LIBUR_NASIONAL));
	}

	@Test
	void dayFirstDateAndAKindReadFromTheName() {
		assertThat(CalendarSettings.parse("12-03-2027 Cuti bersama Idul Fitri 1448 H"))
			.isEqualTo(new CalendarSettings.Holiday(LocalDate.of(2027, 3, 12), "Cuti bersama Idul Fitri 1448 H",
					HolidayKind.CUTI_BERSAMA));
		assertThat(CalendarSettings.parse("1/1/2027\tTahun Baru 2027 Masehi").kind())
			.isEqualTo(HolidayKind.LIBUR_NASIONAL);
	}

	@Test
	void unreadableLinesAreRefusedNotGuessed() {
		assertThat(CalendarSettings.parse("2027-02-30; Tanggal yang tidak ada")).isNull();
		assertThat(CalendarSettings.parse("Idul Adha 2027")).isNull();
		assertThat(CalendarSettings.parse("2027-05-17;")).isNull();
	}

}
