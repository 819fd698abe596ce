package id.alurkerja.reports;

import java.time.LocalDate;

import id.alurkerja.reports.evaluation.Flag;
import id.alurkerja.reports.evaluation.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlagTests {

	@Test
	void aStepWhoseMedianIsOverTheMaximumHoldsCasesUp() {
		assertThat(Flag.of(10, 8.0, 9.0, 1, 7, 10, 2, 0)).containsExactly(Flag.MEDIAN_OVER_MAX);
		assertThat(Flag.MEDIAN_OVER_MAX.holdsUp()).isTrue();
	}

	@Test
	void aFifthReturnedIsManyReturns() {
		assertThat(Flag.of(10, 1.0, 2.0, 1, 7, 10, 0, 2)).containsExactly(Flag.MANY_RETURNS);
		assertThat(Flag.of(10, 1.0, 2.0, 1, 7, 10, 0, 1)).isEmpty();
	}

	@Test
	void aQuarterLateIsManyOverdue() {
		assertThat(Flag.of(8, 1.0, 2.0, 1, 7, 8, 2, 0)).containsExactly(Flag.MANY_OVERDUE);
		assertThat(Flag.of(8, 1.0, 2.0, 1, 7, 8, 1, 0)).isEmpty();
	}

	@Test
	void standardsFarFromThe90thPercentileLookUnrealistic() {
		assertThat(Flag.of(10, 0.1, 0.4, 1, 7, 10, 0, 0)).containsExactly(Flag.P90_FAR_UNDER_MIN);
		assertThat(Flag.of(10, 3.0, 15.0, 1, 7, 10, 1, 0)).containsExactly(Flag.P90_FAR_OVER_MAX);
		assertThat(Flag.P90_FAR_OVER_MAX.holdsUp()).isFalse();
	}

	@Test
	void fewerThanFiveTasksSayTooLittleToFlag() {
		assertThat(Flag.of(4, 80.0, 90.0, 1, 7, 4, 4, 4)).isEmpty();
	}

	@Test
	void presetPeriodsCoverWholeCalendarUnits() {
		LocalDate day = LocalDate.of(2026, 8, 17);
		assertThat(Period.preset("quarter", day))
			.isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
		assertThat(Period.preset("semester", day))
			.isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
		assertThat(Period.preset(null, day)).isEqualTo(new Period(LocalDate.of(2025, 8, 18), day));
	}

}
