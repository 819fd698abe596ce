package id.alurkerja.sop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The four seed SOPs load as published revisions, faithful to the documents. */
@SpringBootTest
class SeedSopsTests {

	@Autowired
	SopCatalog catalog;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seed001HasNineRowsWithoutARowFourAndOnlyTwoTimes() {
		SopContent sop = published("Kabupaten Sanggau", "DPMPEMDES-CTADES-01");
		assertThat(sop.steps()).extracting(Step::no).containsExactly("1", "2", "3", "5", "6", "7", "8", "9", "10");
		assertThat(sop.lanes()).hasSize(6);
		assertThat(sop.lanes().get(0).external()).isTrue();
		assertThat(times(sop)).containsExactly(entry("1", 30, 30, TimeUnit.MENIT, "30 Menit"),
				entry("2", 1, 7, TimeUnit.HARI_KERJA, "1-7 Hari"));
		assertThat(sop.identity().disahkanOleh().nip()).isEqualTo("196990608 199403 1 012");
		assertThat(sop.identity().pencatatan()).hasSize(4);
		assertThat(sop.following(sop.step("3").orElseThrow())).map(Step::no).hasValue("5");
	}

	@Test
	void seed002HasElevenStepsWithFourDecisionsAndTimesOnEveryRow() {
		SopContent sop = published("Kabupaten Lamandau", "LMD-KSAD-01");
		assertThat(sop.steps()).hasSize(11);
		assertThat(sop.lanes()).extracting(SopContent.Lane::position)
			.containsExactly("tkksd", "pd-teknis", "sekda", "bupati");
		assertThat(times(sop)).hasSize(11);
		Map<String, Step> steps = sop.steps().stream().collect(Collectors.toMap(Step::no, Function.identity()));
		assertThat(steps.get("6")).extracting(Step::kind, Step::ya, Step::tidak)
			.containsExactly(StepKind.DECISION, "7", "5");
		for (String no : List.of("8", "9", "10")) {
			assertThat(steps.get(no).kind()).isEqualTo(StepKind.DECISION);
			assertThat(steps.get(no).tidak()).isEqualTo("7");
		}
		assertThat(steps.get("1").time()).isEqualTo(new TimeStandard(1, 1, TimeUnit.BULAN, "1 bulan"));
		assertThat(sop.corrections()).isNotEmpty();
	}

	@Test
	void seed003IsNarrativeWithPhasesAndTheBudgetDecisionOfTheKepalaDesa() {
		SopRevisionView view = this.catalog.published(kabupaten("Kabupaten Barito Timur"), "BTM-PPMD-01").orElseThrow();
		SopContent sop = view.content();
		assertThat(view.form()).isEqualTo(SopForm.NARRATIVE);
		assertThat(sop.phases()).extracting(SopContent.Phase::code).containsExactly("A", "B", "C");
		assertThat(sop.steps()).hasSize(9);
		assertThat(sop.sections()).extracting(SopContent.Section::title)
			.contains("Tujuan", "Dasar Hukum", "Ruang Lingkup", "Definisi", "Tanggung Jawab", "Prosedur Kerja",
					"Alur Kerja", "Penutup");
		Step budget = sop.steps().stream().filter(s -> s.kind() == StepKind.DECISION).findFirst().orElseThrow();
		// the Kepala Desa of the case's own village (one SOP for every desa of the
		// kecamatan)
		assertThat(sop.lane(budget.lane()).orElseThrow().binding()).isEqualTo(LaneBinding.originHead("DESA"));
		assertThat(sop.originKind()).hasValue("DESA");
		assertThat(times(sop)).isEmpty();
		assertThat(sop.enactment().place()).isEqualTo("Taniran");
	}

	@Test
	void seed004KeepsItsNameAndItsContradictingTitleAndEndsAfterRowNine() {
		SopContent sop = published("Kabupaten Sanggau", "DPMPEMDES-PK-01");
		assertThat(sop.identity().namaSop()).isEqualTo("Penyusunan Perjanjian Kinerja");
		assertThat(sop.identity().flowchartTitle()).contains("Fasilitasi Penyusunan Perencanaan Pembangunan Desa");
		assertThat(sop.steps()).hasSize(9);
		assertThat(sop.step("8").orElseThrow()).extracting(Step::kind, Step::printedMarker)
			.containsExactly(StepKind.PROCESS, "SELESAI");
		assertThat(sop.step("9").orElseThrow().kind()).isEqualTo(StepKind.END);
		assertThat(sop.step("3").orElseThrow().time()).isEqualTo(new TimeStandard(3, 3, TimeUnit.JAM, "3 Jam"));
		assertThat(times(sop)).hasSize(8);
	}

	@Test
	void everySeedIsValid() throws Exception {
		for (SeedSops.SeedFile seed : SeedSops.readAll()) {
			assertThat(SopValidator.validate(seed.content())).as(seed.code()).isEmpty();
		}
	}

	@Test
	void aPublishedRevisionCannotBeChangedInTheDatabase() {
		assertThatThrownBy(() -> this.jdbc
			.update("update sop_revision set content = jsonb_set(content, '{notes}', '[]') where status = 'PUBLISHED'"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot be changed");
	}

	@Test
	void aSecondPublishedRevisionOfOneSopIsRefused() {
		assertThatThrownBy(() -> this.jdbc.update("insert into sop_revision (sop_id, number, status, name, "
				+ "published_at, content) select sop_id, 99, 'PUBLISHED', name, now(), content from sop_revision "
				+ "where status = 'PUBLISHED' limit 1"))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void catalogueOfAKabupatenHoldsOnlyItsOwnSops() {
		assertThat(this.catalog.catalogue(kabupaten("Kabupaten Sanggau"), null)).extracting(SopSummary::code)
			.containsExactlyInAnyOrder("DPMPEMDES-CTADES-01", "DPMPEMDES-PK-01");
		assertThat(this.catalog.catalogue(kabupaten("Kabupaten Lamandau"), "")).extracting(SopSummary::code)
			.containsExactly("LMD-KSAD-01");
		assertThat(this.catalog.published(kabupaten("Kabupaten Lamandau"), "DPMPEMDES-CTADES-01")).isEmpty();
		assertThat(this.catalog.catalogue(kabupaten("Kabupaten Sanggau"), "kinerja")).extracting(SopSummary::code)
			.containsExactly("DPMPEMDES-PK-01");
	}

	private SopContent published(String kabupaten, String code) {
		return this.catalog.published(kabupaten(kabupaten), code).orElseThrow().content();
	}

	private Long kabupaten(String name) {
		return this.directory.kabupatenByName(name).orElseThrow().id();
	}

	private static List<String> times(SopContent sop) {
		return sop.steps()
			.stream()
			.filter(s -> s.time() != null)
			.map(s -> entry(s.no(), s.time().min(), s.time().max(), s.time().unit(), s.time().printed()))
			.toList();
	}

	private static String entry(String no, int min, int max, TimeUnit unit, String printed) {
		return no + ":" + min + "-" + max + " " + unit + " (" + printed + ")";
	}

}
