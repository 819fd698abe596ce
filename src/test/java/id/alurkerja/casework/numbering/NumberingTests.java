package id.alurkerja.casework.numbering;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What signing asks of the numbering: the next number of a unit for a year, from its
 * pattern or the default, gapless per unit and year; whether a code is known.
 */
@SpringBootTest
class NumberingTests {

	/** A year no signature in other tests takes numbers in. */
	static final int YEAR = 2041;

	@Autowired
	Numbering numbering;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from number_counter where year = ?", YEAR);
		this.jdbc.update("delete from numbering_scheme where pattern like 'UJI/%'");
	}

	@Test
	void aUnitsNumbersRunOnePerSignatureInItsPatternOrTheDefault() {
		UnitView ksd = unit("KSD");
		UnitView other = unit("B.Lima");
		assertThat(next(ksd, "100.3.5")).isEqualTo("100.3.5/1/KSD/" + YEAR);
		assertThat(next(ksd, "005")).isEqualTo("005/2/KSD/" + YEAR);
		// another unit counts on its own
		assertThat(next(other, "005")).isEqualTo("005/1/B.Lima/" + YEAR);

		this.jdbc.update("insert into numbering_scheme (unit_id, pattern) values (?, 'UJI/{tahun}/{urut}')", ksd.id());
		assertThat(next(ksd, "005")).isEqualTo("UJI/" + YEAR + "/3");
	}

	@Test
	void aNumberTakenInASignatureThatFailsIsGivenAgain() {
		UnitView ksd = unit("KSD");
		try {
			this.transactions.executeWithoutResult(status -> {
				this.numbering.next(ksd, YEAR, "005");
				throw new IllegalStateException("the signature fails");
			});
		}
		catch (IllegalStateException expected) {
			// rolled back with the number
		}
		assertThat(next(ksd, "005")).isEqualTo("005/1/KSD/" + YEAR);
	}

	@Test
	void aNumberIsOnlyTakenInsideTheSignersTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.numbering.next(unit("KSD"), YEAR, "005"));
	}

	@Test
	void onlyListedClassificationCodesAreKnown() {
		assertThat(this.numbering.isKnown("100.3.5")).isTrue();
		assertThat(this.numbering.isKnown("999.99")).isFalse();
		assertThat(this.numbering.isKnown(null)).isFalse();
		assertThat(this.numbering.klasifikasi()).extracting(Numbering.Klasifikasi::code)
			.contains("000", "100.3.5", "900")
			.isSorted();
	}

	private String next(UnitView unit, String klasifikasi) {
		return this.transactions.execute(status -> this.numbering.next(unit, YEAR, klasifikasi));
	}

	private UnitView unit(String code) throws DataAccessException {
		Long kabupatenId = this.jdbc.queryForObject("select kabupaten_id from unit where code = ?", Long.class, code);
		return this.directory.units(kabupatenId).stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow();
	}

}
