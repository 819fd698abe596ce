package id.alurkerja.sop;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TanggalEfektifTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void readsTheDatesAsTheSeedsAndAdminsWriteThem() {
		assertThat(TanggalEfektif.parse("2 MARET 2021")).contains(LocalDate.of(2021, 3, 2));
		assertThat(TanggalEfektif.parse(" 02  Januari 2027 ")).contains(LocalDate.of(2027, 1, 2));
		assertThat(TanggalEfektif.parse("2027-01-02")).contains(LocalDate.of(2027, 1, 2));
		assertThat(TanggalEfektif.parse("15/3/2027")).contains(LocalDate.of(2027, 3, 15));
		assertThat(TanggalEfektif.parse("2021")).isEmpty();
		assertThat(TanggalEfektif.parse("Sejak ditandatangani")).isEmpty();
		assertThat(TanggalEfektif.parse(null)).isEmpty();
	}

	@Test
	void publishingKeepsTheTypedTextUnlessAnotherDateIsChosen() {
		assertThat(TanggalEfektif.onPublishing("2 MARET 2021", LocalDate.of(2021, 3, 2), TODAY))
			.isEqualTo("2 MARET 2021");
		assertThat(TanggalEfektif.onPublishing("2 MARET 2021", null, TODAY)).isEqualTo("2 MARET 2021");
		assertThat(TanggalEfektif.onPublishing("2 MARET 2021", LocalDate.of(2021, 4, 1), TODAY))
			.isEqualTo("1 April 2021");
		assertThat(TanggalEfektif.onPublishing("", null, TODAY)).isEqualTo("3 Desember 2026");
		assertThat(TanggalEfektif.onPublishing(null, LocalDate.of(2027, 1, 2), TODAY)).isEqualTo("2 Januari 2027");
	}

	@Test
	void thePublishFormStartsFromTheTypedDate() {
		assertThat(TanggalEfektif.publishFormValue("2 Januari 2027", TODAY)).isEqualTo("2027-01-02");
		assertThat(TanggalEfektif.publishFormValue(null, TODAY)).isEqualTo("2026-12-03");
		assertThat(TanggalEfektif.publishFormValue("Sejak ditandatangani", TODAY)).isEmpty();
	}

}
