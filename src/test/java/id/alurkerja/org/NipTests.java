package id.alurkerja.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NipTests {

	@Test
	void printedNipWithSpacesIsValid() {
		Nip.Check check = Nip.check("19750102 200604 1 004");
		assertThat(check.present()).isTrue();
		assertThat(check.valid()).isTrue();
	}

	@Test
	void missingNipIsAllowed() {
		assertThat(Nip.check(null).present()).isFalse();
		assertThat(Nip.check("  ").valid()).isTrue();
	}

	@Test
	void nineteenDigitNipOfSeed001IsFlaggedWithItsLength() {
		Nip.Check check = Nip.check("196990608 199403 1 012");
		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).isEqualTo(Nip.Problem.LENGTH);
		assertThat(check.digitCount()).isEqualTo(19);
	}

	@Test
	void birthDateMustBeARealDate() {
		assertThat(Nip.check("19751302 200604 1 004").problem()).isEqualTo(Nip.Problem.BIRTH_DATE);
		assertThat(Nip.check("19750230 200604 1 004").problem()).isEqualTo(Nip.Problem.BIRTH_DATE);
		assertThat(Nip.check("18990101 200604 1 004").problem()).isEqualTo(Nip.Problem.BIRTH_DATE);
	}

	@Test
	void appointmentMonthMustBeRealAndAfterAdulthood() {
		assertThat(Nip.check("19750102 200613 1 004").problem()).isEqualTo(Nip.Problem.APPOINTMENT);
		assertThat(Nip.check("19750102 198001 1 004").problem()).isEqualTo(Nip.Problem.APPOINTMENT);
	}

	@Test
	void sexDigitIsOneOrTwo() {
		assertThat(Nip.check("19750102 200604 3 004").problem()).isEqualTo(Nip.Problem.SEX);
	}

	@Test
	void lettersAreRejected() {
		assertThat(Nip.check("19750102 2006O4 1 004").problem()).isEqualTo(Nip.Problem.NOT_DIGITS);
	}

}
