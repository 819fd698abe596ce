package id.alurkerja.casework;

import java.util.ArrayList;
import java.util.List;

import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paraf, signature and a step's output where the SOP says who drafts, initials and signs
 * which document: the staff drafts the Konsep Surat at row 1, row 2 asks the paraf of the
 * Kasi and the Kabid, the Kepala Dinas signs at row 3 (klasifikasi 800), the staff
 * numbers it at row 4.
 */
class DocumentDutiesTests {

	private static final String KONSEP = "Konsep Surat";

	private static final SopContent SOP = new SopContent(null,
			List.of(new Lane("staf", "Pengelola", "STAF-KUR", false, null),
					new Lane("kasi", "Kasi Kurikulum", "KASI-KUR", false, null),
					new Lane("kabid", "Kabid SD", "KABID-SD", false, null),
					new Lane("kadis", "Kepala Dinas", "KADIS", false, null)),
			List.of(step("1", StepKind.START, "staf", "Konsep surat", DocumentDuty.drafts(KONSEP)),
					step("2", StepKind.PROCESS, "staf", "Konsep surat diparaf",
							DocumentDuty.asksParaf(KONSEP, List.of("kasi", "kabid"))),
					step("3", StepKind.DECISION, "kadis", "Surat ditandatangani", DocumentDuty.signs(KONSEP, "800")),
					step("4", StepKind.END, "staf", "Surat bernomor", DocumentDuty.numbers(KONSEP)),
					step("5", StepKind.END, "staf", "Arsip", null)),
			List.of(), List.of(), null, List.of(), List.of());

	private final PolicyWorld org = new PolicyWorld();

	private final DocumentVersion v1 = version(31L, 1);

	private final DocumentVersion v2 = version(32L, 2);

	private final List<DocumentVersion> versions = List.of(this.v1, this.v2);

	private static Step step(String no, StepKind kind, String lane, String output, DocumentDuty duty) {
		return new Step(no, kind, null, lane, "Kegiatan " + no, List.of(), null, output, List.of(), null,
				(kind == StepKind.DECISION) ? "4" : null, (kind == StepKind.DECISION) ? "2" : null, null, null,
				List.of(), null, duty);
	}

	private static ParafPolicy.At at(String stepNo) {
		return new ParafPolicy.At(SOP, SOP.step(stepNo).orElseThrow(), KONSEP);
	}

	private static Paraf paraf(int ord, Long personId, Long positionId, int rank) {
		return new Paraf(32L, ord, personId, positionId, "", rank, NOW);
	}

	private static Task at(String stepNo, Long positionId) {
		Task t = task(700L, positionId);
		ReflectionTestUtils.setField(t, "stepNo", stepNo);
		return t;
	}

	@Test
	void theLanesTheStepNamesInitialInRisingRank() {
		var kasi = ParafPolicy.mayInitial(this.org.actor(ANDI), this.v2, this.versions, List.of(), at("2"));
		assertThat(kasi.orThrow().position().id()).isEqualTo(KASI);
		var kabid = ParafPolicy.mayInitial(this.org.actor(TONO), this.v2, this.versions,
				List.of(paraf(1, ANDI, KASI, 3)), at("2"));
		assertThat(kabid.orThrow().position().id()).isEqualTo(KABID);
	}

	@Test
	void aKabidWhoIsAlsoPlhKepalaDinasSignsTheDocumentSoDoesNotInitialIt() {
		// Sari is Kepala Bidang and Plh. of the Kepala Dinas, whose lane signs row 3
		var v = ParafPolicy.mayInitial(this.org.actor(SARI), this.v2, this.versions, List.of(), at("2"));
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.paraf.signer");
		// a Plt. of the Kabid holds no signing position: initials as Kabid
		assertThat(ParafPolicy.mayInitial(this.org.actor(TONO), this.v2, this.versions, List.of(), at("2"))
			.orThrow()
			.position()
			.id()).isEqualTo(KABID);
	}

	@Test
	void aLaneTheStepDoesNotNameDoesNotInitial() {
		var staf = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v2, this.versions, List.of(), at("2"));
		assertThat(staf.code()).isEqualTo("casework.paraf.notAllowed");
		var otherDinas = ParafPolicy.mayInitial(this.org.actor(RINA), this.v2, this.versions, List.of(), at("2"));
		assertThat(otherDinas.code()).isEqualTo("casework.paraf.notAllowed");
	}

	@Test
	void noParafIsGivenAtAStepThatDoesNotAskForIt() {
		var v = ParafPolicy.mayInitial(this.org.actor(ANDI), this.v2, this.versions, List.of(), at("1"));
		assertThat(v.code()).isEqualTo("casework.paraf.notAsked");
		var otherDocument = ParafPolicy.mayInitial(this.org.actor(ANDI), this.v2, this.versions, List.of(),
				new ParafPolicy.At(SOP, SOP.step("2").orElseThrow(), "Daftar hadir"));
		assertThat(otherDocument.code()).isEqualTo("casework.paraf.notAsked");
	}

	@Test
	void theSigningStepsOwnerSignsTheNamedDocumentThereAndOnlyThere() {
		assertThat(
				SignPolicy.maySign(this.org.actor(BUDI), at("3", KADIS), this.v2, this.versions, this.org, SOP, KONSEP)
					.allowed())
			.isTrue();
		// the same Kepala Dinas, owning an earlier step, may not sign there
		assertThat(
				SignPolicy.maySign(this.org.actor(BUDI), at("2", KADIS), this.v2, this.versions, this.org, SOP, KONSEP)
					.code())
			.isEqualTo("casework.sign.notThisStep");
		// nor sign another document at the signing step
		assertThat(SignPolicy
			.maySign(this.org.actor(BUDI), at("3", KADIS), this.v2, this.versions, this.org, SOP, "Daftar hadir")
			.code()).isEqualTo("casework.sign.notThisStep");
		// and a Kasi does not sign at the Kepala Dinas' step
		assertThat(
				SignPolicy.maySign(this.org.actor(ANDI), at("3", KADIS), this.v2, this.versions, this.org, SOP, KONSEP)
					.code())
			.isEqualTo("casework.sign.notAllowed");
	}

	@Test
	void theSignatureNumbersWithTheKlasifikasiTheSopGives() {
		assertThat(SignPolicy.klasifikasi(SOP, at("3", KADIS), "005")).isEqualTo("800");
		assertThat(SignPolicy.klasifikasi(SOP, at("5", STAF), "005")).isEqualTo("005");
	}

	@Test
	void aDraftingStepCountsOnlyAVersionOfItsDocumentUploadedInIt() {
		Step draft = SOP.step("1").orElseThrow();
		assertThat(missing(draft, Outcome.DONE, facts(true, List.of()))).as("another upload").isTrue();
		DocumentVersion here = version(40L, 1);
		assertThat(missing(draft, Outcome.DONE, facts(false, List.of(here)))).isFalse();
		DocumentVersion earlier = version(41L, 1);
		ReflectionTestUtils.setField(earlier, "taskId", 699L);
		assertThat(missing(draft, Outcome.DONE, facts(false, List.of(earlier)))).as("uploaded at an earlier step")
			.isTrue();
	}

	@Test
	void aParafStepIsDoneWhenEveryLaneItNamesHasInitialledTheLatestVersion() {
		Step ask = SOP.step("2").orElseThrow();
		List<Paraf> parafs = new ArrayList<>(List.of(paraf(1, ANDI, KASI, 3)));
		assertThat(missing(ask, Outcome.DONE, facts(false, this.versions, parafs))).isTrue();
		parafs.add(paraf(2, TONO, KABID, 2));
		assertThat(missing(ask, Outcome.DONE, facts(false, this.versions, parafs))).isFalse();
	}

	@Test
	void aSignedVersionIsTheSigningStepsOutputAndATidakNeedsNoOutput() {
		Step sign = SOP.step("3").orElseThrow();
		assertThat(missing(sign, Outcome.YA, facts(false, this.versions))).isTrue();
		assertThat(missing(sign, Outcome.TIDAK, facts(false, this.versions))).isFalse();
		this.v2.sign(BUDI, KADIS, "DEFINITIF", "800", "800/1/DISDIK/2026", NOW);
		assertThat(missing(sign, Outcome.YA, facts(false, this.versions))).isFalse();
		assertThat(missing(SOP.step("4").orElseThrow(), Outcome.DONE, facts(false, this.versions))).isFalse();
	}

	@Test
	void aStepWithoutADutyCountsAnyUploadAgainstItsOutput() {
		Step arsip = SOP.step("5").orElseThrow();
		assertThat(missing(arsip, Outcome.DONE, facts(false, List.of()))).isTrue();
		assertThat(missing(arsip, Outcome.DONE, facts(true, List.of()))).isFalse();
	}

	private boolean missing(Step step, Outcome outcome, OutputPolicy.Facts facts) {
		return OutputPolicy.missing(SOP, step, 700L, outcome, facts, this.org);
	}

	private static OutputPolicy.Facts facts(boolean anyUpload, List<DocumentVersion> versions) {
		return facts(anyUpload, versions, List.of());
	}

	/**
	 * The case has the Konsep Surat (document 800, as {@link PolicyWorld#version} files
	 * it).
	 */
	private static OutputPolicy.Facts facts(boolean anyUpload, List<DocumentVersion> versions, List<Paraf> parafs) {
		CaseDocument konsep = new CaseDocument(500L, KONSEP, NOW);
		ReflectionTestUtils.setField(konsep, "id", 800L);
		return new OutputPolicy.Facts(() -> anyUpload, () -> List.of(konsep),
				id -> id.equals(800L) ? versions : List.of(), id -> parafs);
	}

}
