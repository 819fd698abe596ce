package id.alurkerja.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private final Dates dates = new Dates(Clock.system(ZoneId.of("Asia/Jakarta")));

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void indonesianPagesWriteMonthsInWordsAndTimesWithADotInTheOfficesZone() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(this.dates.day(LocalDate.of(2026, 12, 3))).isEqualTo("3 Desember 2026");
		assertThat(this.dates.time(Instant.parse("2026-12-03T07:05:00Z"))).isEqualTo("3 Desember 2026 14.05");
		assertThat(this.dates.moment(Instant.parse("2026-08-17T01:02:03Z"))).isEqualTo("17 Agu 2026 08.02.03");
	}

	@Test
	void englishPagesWriteEnglishMonths() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.dates.day(LocalDate.of(2026, 12, 3))).isEqualTo("3 December 2026");
		assertThat(this.dates.time(Instant.parse("2026-12-03T07:05:00Z"))).isEqualTo("3 December 2026 14:05");
	}

	@Test
	void nothingIsAnEmptyText() {
		assertThat(this.dates.day(null)).isEmpty();
		assertThat(this.dates.time((Instant) null)).isEmpty();
	}

}
