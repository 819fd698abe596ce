package id.alurkerja.sop;

import java.util.List;

import id.alurkerja.org.UnitKind;
import id.alurkerja.org.UnitView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new SOP's kop starts from its unit, as the seeds print theirs. */
class SopKopTests {

	@Test
	void aSeksiOfADinasPrintsThePemdaAndTheDinasInCapitalsAndItselfAsNamed() {
		List<UnitView> seksi = List.of(unit(4, 3, "Seksi Kerjasama Desa", UnitKind.SEKSI),
				unit(3, 2, "Bidang Penataan dan Kerjasama Desa", UnitKind.BIDANG),
				unit(2, 1, "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", UnitKind.DINAS),
				unit(1, null, "Pemerintah Kabupaten Sanggau", UnitKind.PEMDA));
		assertThat(SopEditor.letterhead(seksi, "Kabupaten Sanggau")).containsExactly("PEMERINTAH KABUPATEN SANGGAU",
				"DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA", "Bidang Penataan dan Kerjasama Desa",
				"Seksi Kerjasama Desa");
	}

	@Test
	void aKecamatanWithoutAPemdaUnitIsHeadedByItsKabupaten() {
		assertThat(SopEditor.letterhead(List.of(unit(9, null, "Kecamatan Benua Lima", UnitKind.KECAMATAN)),
				"Kabupaten Barito Timur"))
			.containsExactly("PEMERINTAH KABUPATEN BARITO TIMUR", "KECAMATAN BENUA LIMA");
	}

	private static UnitView unit(long id, Integer parent, String name, UnitKind kind) {
		return new UnitView(id, 1L, (parent != null) ? parent.longValue() : null, name, kind, "X");
	}

}
