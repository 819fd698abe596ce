package id.alurkerja.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatePolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void aLetterIsDatedFromTheProclamationToADayAheadForTheOfficesEastOfJakarta() {
		assertThat(DatePolicy.mayRegister(TODAY, TODAY, TODAY).allowed()).isTrue();
		assertThat(DatePolicy.mayRegister(LocalDate.of(1945, 8, 17), TODAY, TODAY).allowed()).isTrue();
		assertThat(DatePolicy.mayRegister(TODAY.plusDays(1), TODAY.plusDays(1), TODAY).allowed()).as("WIT").isTrue();
		assertThat(DatePolicy.mayRegister(null, TODAY, TODAY).allowed()).as("a request without a letter").isTrue();
		refused(DatePolicy.mayRegister(LocalDate.of(1945, 8, 16), TODAY, TODAY), "tanggalSurat",
				"casework.date.tooEarly");
		refused(DatePolicy.mayRegister(LocalDate.of(0, 1, 1), TODAY, TODAY), "tanggalSurat", "casework.date.tooEarly");
		refused(DatePolicy.mayRegister(TODAY.plusDays(2), TODAY, TODAY), "tanggalSurat", "casework.date.future");
		refused(DatePolicy.mayRegister(LocalDate.of(99999, 1, 1), TODAY, TODAY), "tanggalSurat",
				"casework.date.future");
	}

	@Test
	void aLetterIsReceivedOnOrAfterItsDateAndNotLaterThanTomorrow() {
		refused(DatePolicy.mayRegister(null, null, TODAY), "receivedOn", "casework.start.receivedOnInvalid");
		refused(DatePolicy.mayRegister(null, TODAY.plusDays(2), TODAY), "receivedOn",
				"casework.start.receivedOnInvalid");
		refused(DatePolicy.mayRegister(null, LocalDate.of(99999, 1, 1), TODAY), "receivedOn",
				"casework.start.receivedOnInvalid");
		refused(DatePolicy.mayRegister(null, LocalDate.of(0, 1, 1), TODAY), "receivedOn", "casework.date.tooEarly");
		refused(DatePolicy.mayRegister(TODAY, TODAY.minusDays(1), TODAY), "receivedOn",
				"casework.start.receivedBeforeLetter");
	}

	@Test
	void aDeadlineHandedOnIsFromTodayToTwoYearsAhead() {
		assertThat(DatePolicy.mayHandOn(null, TODAY).allowed()).isTrue();
		assertThat(DatePolicy.mayHandOn(TODAY, TODAY).allowed()).isTrue();
		assertThat(DatePolicy.mayHandOn(TODAY.plusYears(2), TODAY).allowed()).isTrue();
		refused(DatePolicy.mayHandOn(TODAY.minusDays(1), TODAY), "deadline", "casework.deadline.past");
		refused(DatePolicy.mayHandOn(LocalDate.of(0, 1, 1), TODAY), "deadline", "casework.deadline.past");
		refused(DatePolicy.mayHandOn(TODAY.plusYears(2).plusDays(1), TODAY), "deadline", "casework.deadline.tooFar");
		refused(DatePolicy.mayHandOn(LocalDate.of(99999, 1, 1), TODAY), "deadline", "casework.deadline.tooFar");
	}

	private static void refused(Verdict<Boolean> verdict, String field, String code) {
		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.refusal().kind()).isEqualTo(Verdict.Kind.INVALID);
		assertThat(verdict.refusal().field()).isEqualTo(field);
		assertThat(verdict.code()).isEqualTo(code);
	}

}
