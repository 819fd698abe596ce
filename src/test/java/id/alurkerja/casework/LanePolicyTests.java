package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.UnitView;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.LaneBinding;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who stands in a lane: a fixed position, or a role in the case's origin unit (a desa of
 * {@link PolicyWorld}'s Kecamatan Tengah: Desa Maju, with a Kepala Desa and a Sekretaris
 * Desa, and Desa Sepi, whose head is vacant).
 */
class LanePolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	private static final Lane KASI = new Lane("kasi", "Kasi PMD", "KASI-PMD", false, null);

	private static final Lane KADES = new Lane("kades", "Kepala Desa", null, false, null,
			LaneBinding.originHead("DESA"));

	@Test
	void aFixedLaneIsItsPositionWhateverTheOrigin() {
		assertThat(LanePolicy.position(KASI, DESA_MAJU, this.org).orThrow().id()).isEqualTo(KASI_PMD);
		assertThat(LanePolicy.position(KASI, null, this.org).orThrow().id()).isEqualTo(KASI_PMD);
	}

	@Test
	void anOriginLaneIsTheHeadTheHeadAboveOrTheTitledPositionOfTheOrigin() {
		assertThat(LanePolicy.position(KADES, DESA_MAJU, this.org).orThrow().id()).isEqualTo(KADES_MAJU);
		assertThat(LanePolicy.position(KADES, DESA_SEPI, this.org).orThrow().id()).isEqualTo(KADES_SEPI);
		Lane camat = new Lane("camat", "Camat", null, false, null, LaneBinding.originParentHead("DESA"));
		assertThat(LanePolicy.position(camat, DESA_MAJU, this.org).orThrow().id()).isEqualTo(CAMAT);
		Lane sekdes = new Lane("sekdes", "Sekretaris Desa", null, false, null,
				LaneBinding.originTitled("DESA", "sekretaris desa"));
		assertThat(LanePolicy.position(sekdes, DESA_MAJU, this.org).orThrow().id()).isEqualTo(SEKDES_MAJU);
		var none = LanePolicy.position(sekdes, DESA_SEPI, this.org);
		assertThat(none.code()).isEqualTo("casework.lane.noPositionInOrigin");
		assertThat(none.refusal().args()).containsExactly("Sekretaris Desa", "Desa Sepi");
		assertThat(LanePolicy.position(KADES, null, this.org).code()).isEqualTo("casework.lane.noOrigin");
	}

	@Test
	void theOriginsAreTheDesaOfTheNearestUnitAboveTheSopThatHasAny() {
		SopContent sop = sop();
		// an SOP of the kecamatan's seksi serves the kecamatan's desa
		assertThat(LanePolicy.origins(sop, SEKSI_PMD, this.org)).extracting(UnitView::id)
			.containsExactly(DESA_MAJU, DESA_SEPI);
		// a dinas with no desa above or below it: every desa of the kabupaten
		assertThat(LanePolicy.origins(sop, DINAS_PENDIDIKAN, this.org)).extracting(UnitView::id)
			.containsExactly(DESA_MAJU, DESA_SEPI);
		SopContent fixed = new SopContent(null, List.of(KASI), sop.steps(), null, null, null, null, null);
		assertThat(LanePolicy.origins(fixed, SEKSI_PMD, this.org)).isEmpty();
	}

	@Test
	void registrationNeedsAServedOriginWhoseLanesHaveSomeoneToAct() {
		SopContent sop = sop();
		assertThat(LanePolicy.mayRegister(sop, SEKSI_PMD, DESA_MAJU, this.org).allowed()).isTrue();
		assertThat(LanePolicy.mayRegister(sop, SEKSI_PMD, null, this.org).code())
			.isEqualTo("casework.start.originRequired");
		assertThat(LanePolicy.mayRegister(sop, SEKSI_PMD, DINAS_KESEHATAN, this.org).code())
			.isEqualTo("casework.start.originNotServed");
		// the head of Desa Sepi is vacant, with no Plt. or Plh.: the lane is named
		var vacant = LanePolicy.mayRegister(sop, SEKSI_PMD, DESA_SEPI, this.org);
		assertThat(vacant.code()).isEqualTo("casework.lane.noHolder");
		assertThat(vacant.refusal().args()).containsExactly("Kepala Desa", "Kepala Desa Sepi");
		assertThat(vacant.refusal().field()).isEqualTo("originUnitId");
		// a head on the chart without an account could never act: named with the lane
		this.org.withoutAccount(JONO);
		var noAccount = LanePolicy.mayRegister(sop, SEKSI_PMD, DESA_MAJU, this.org);
		assertThat(noAccount.code()).isEqualTo("casework.lane.noAccount");
		assertThat(noAccount.refusal().args()).containsExactly("Kepala Desa", "Kepala Desa Maju", "Jono");
	}

	@Test
	void theCastOfANewCaseNamesWhoActsInEachLaneOrWhyNoOne() {
		SopContent sop = sop();
		var maju = LanePolicy.cast(sop, DESA_MAJU, this.org).stream().map(c -> LaneActor.of(c, false)).toList();
		assertThat(maju).extracting(LaneActor::position).contains("Kepala Desa Maju");
		assertThat(maju).filteredOn(a -> "Kepala Desa Maju".equals(a.position())).singleElement().satisfies(a -> {
			assertThat(a.holders()).containsExactly("Jono");
			assertThat(a.blocking()).isFalse();
		});
		// no origin chosen yet: the origin lane waits for it and blocks nothing
		assertThat(LanePolicy.cast(sop, null, this.org)
			.stream()
			.filter(c -> c.lane().boundToOrigin())
			.map(c -> LaneActor.of(c, true))).allSatisfy(a -> assertThat(a.blocking()).isFalse());
		// a vacant head blocks, as the registration would refuse
		assertThat(LanePolicy.cast(sop, DESA_SEPI, this.org)
			.stream()
			.filter(c -> c.lane().boundToOrigin())
			.map(c -> LaneActor.of(c, false))).anySatisfy(a -> assertThat(a.blocking()).isTrue());
		this.org.withoutAccount(JONO);
		assertThat(LanePolicy.cast(sop, DESA_MAJU, this.org)
			.stream()
			.filter(c -> c.lane().boundToOrigin())
			.map(c -> LaneActor.of(c, false)))
			.anySatisfy(a -> assertThat(a.problem()).isEqualTo("casework.lane.noAccount"));
	}

	@Test
	void aParafLaneBoundToTheOriginIsTheHeadOfTheCasesOwnVillage() {
		Lane kasi = KASI;
		SopContent content = new SopContent(null, List.of(kasi, KADES), List.of(
				new Step("1", StepKind.START, null, "kasi", "Menyusun rencana", null, null, null, null, null, null,
						null, null, null, null, null, DocumentDuty.drafts("Rencana")),
				new Step("2", StepKind.PROCESS, null, "kasi", "Meminta paraf", null, null, null, null, null, null, null,
						null, null, null, null, DocumentDuty.asksParaf("Rencana", List.of("kades"))),
				new Step("3", StepKind.END, null, "kasi", "Arsip", null, null, null, null, null, null, null, null, null,
						null, null, null)),
				null, null, null, null, null);
		Step step = content.step("2").orElseThrow();
		DocumentVersion v = version(41L, 1);
		// the Kepala Desa of Desa Maju initials a case from Desa Maju, not one from Desa
		// Sepi
		var maju = ParafPolicy.mayInitial(this.org.actor(JONO), v, List.of(v), List.of(),
				new ParafPolicy.At(content, step, "Rencana", DESA_MAJU, this.org));
		assertThat(maju.allowed()).isTrue();
		assertThat(maju.orThrow().position().id()).isEqualTo(KADES_MAJU);
		var sepi = ParafPolicy.mayInitial(this.org.actor(JONO), v, List.of(v), List.of(),
				new ParafPolicy.At(content, step, "Rencana", DESA_SEPI, this.org));
		assertThat(sepi.code()).isEqualTo("casework.paraf.notAllowed");
		// and the step's task asks that position's paraf
		assertThat(ParafPolicy.lanePositions(content, step.duty(), DESA_MAJU, this.org)).extracting(p -> p.id())
			.containsExactly(KADES_MAJU);
	}

	private static SopContent sop() {
		List<Step> steps = List.of(
				new Step("1", StepKind.START, null, "kasi", "Menerima usulan", null, null, null, null, null, null, null,
						null, null, null, null),
				new Step("2", StepKind.END, null, "kades", "Menyetujui anggaran", null, null, null, null, null, null,
						null, null, null, null, null));
		return new SopContent(null, List.of(KASI, KADES), steps, null, null, null, null, null);
	}

}
