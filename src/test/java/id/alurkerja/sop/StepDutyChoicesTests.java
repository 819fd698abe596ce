package id.alurkerja.sop;

import java.util.List;
import java.util.Set;

import id.alurkerja.sop.DraftChanges.DutyFields;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopEditor.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the step form's duty choices become in the draft, and what the editor refuses at a
 * field: seed 004's reading (rows 3 drafts, 6 asks paraf of the Kabid and the Sekretaris,
 * 7 the Kepala Dinas signs, 9 numbers), cut to five rows.
 */
class StepDutyChoicesTests {

	static final String PK = "Perjanjian Kinerja";

	static final SopContent SOP = new SopContent(null,
			List.of(new Lane("kasi", "Kasi Keuangan dan Aset Desa", "kasi-keuangan", false, null),
					new Lane("kabid", "Kabid Administrasi Pemerintahan Desa", "kabid-apd", false, null),
					new Lane("sekretaris", "Sekretaris", "sekretaris-dpmpd", false, null),
					new Lane("kadis", "Kepala Dinas", "kadis-dpmpd", false, null)),
			List.of(step("3", StepKind.START, "kasi", "Konsep Perjanjian Kinerja", DocumentDuty.drafts(PK)),
					step("6", StepKind.PROCESS, "kasi", null,
							DocumentDuty.asksParaf(PK, List.of("kabid", "sekretaris"))),
					step("7", StepKind.PROCESS, "kadis", "Perjanjian Kinerja ditandatangani",
							DocumentDuty.signs(PK, "000.8.3.3")),
					step("8", StepKind.PROCESS, "kasi", "perjanjian kinerja", null),
					step("9", StepKind.END, "kasi", null, DocumentDuty.numbers(PK))),
			List.of(), List.of(), null, List.of(), List.of());

	static final Set<String> KLASIFIKASI = Set.of("000.8.3.3", "005");

	private static Step step(String no, StepKind kind, String lane, String output, DocumentDuty duty) {
		return new Step(no, kind, null, lane, "Kegiatan " + no, List.of(), null, output, List.of(), null, null, null,
				null, null, List.of(), null, duty);
	}

	@Test
	void theDocumentsOfferedAreTheOutputsAndTheNamedDocumentsEachOnce() {
		assertThat(DraftChanges.documents(SOP)).containsExactly("Konsep Perjanjian Kinerja", PK,
				"Perjanjian Kinerja ditandatangani");
	}

	@Test
	void aDutyKeepsOnlyWhatItsKindUses() {
		assertThat(new DutyFields(DocumentDuty.Kind.DRAFT, " Surat Bupati ", List.of("kabid"), "005").duty())
			.isEqualTo(DocumentDuty.drafts("Surat Bupati"));
		assertThat(new DutyFields(DocumentDuty.Kind.PARAF, PK, List.of("kabid", "", "kabid"), "005").duty())
			.isEqualTo(DocumentDuty.asksParaf(PK, List.of("kabid")));
		assertThat(new DutyFields(DocumentDuty.Kind.SIGN, PK, List.of("kabid"), " ").duty())
			.isEqualTo(DocumentDuty.signs(PK, null));
		assertThat(new DutyFields(null, PK, List.of(), "005").duty()).isNull();
		assertThat(DutyFields.of(SOP.step("6").orElseThrow().duty()).duty())
			.isEqualTo(SOP.step("6").orElseThrow().duty());
	}

	@Test
	void theSeedsReadingHasNothingToRefuse() {
		SOP.steps().forEach(s -> assertThat(SopEditor.stepProblems(SOP, s, KLASIFIKASI)).as(s.no()).isEmpty());
	}

	@Test
	void eachWrongChoiceIsOneProblemAtItsField() {
		assertThat(problems("6", DocumentDuty.asksParaf(PK, List.of("kabid", "kadis")))).containsExactly(
				new FieldProblem("parafLanes", "sop.validation.parafBySigner", List.of("6", "Kepala Dinas")));
		assertThat(problems("6", DocumentDuty.asksParaf(PK, List.of()))).extracting(FieldProblem::messageKey)
			.containsExactly("sop.validation.parafLanes");
		assertThat(problems("8", DocumentDuty.signs(PK, "000.8.3.3")))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("dutyDocument", "sop.validation.signedTwice"));
		assertThat(problems("7", DocumentDuty.signs(PK, "999")))
			.containsExactly(new FieldProblem("klasifikasi", "admin.step.klasifikasiUnknown", List.of("999")));
		assertThat(problems("3", DocumentDuty.drafts(" "))).extracting(FieldProblem::field)
			.containsExactly("dutyDocument");
	}

	@Test
	void aTargetThatIsNoStepIsOneProblemWhateverItWouldHaveCutOff() {
		Step decision = new Step("7", StepKind.DECISION, null, "kadis", "Memeriksa", List.of(), null, null, List.of(),
				null, "42", "6", null, null, List.of(), null, null);
		SopContent content = with("7", decision);
		assertThat(SopEditor.stepProblems(content, decision, KLASIFIKASI))
			.containsExactly(new FieldProblem("ya", "admin.step.targetUnknown", List.of("42")));
		// the validator, by contrast, reports the cut-off steps as well
		assertThat(SopValidator.validate(content)).hasSizeGreaterThan(1);
	}

	private static List<FieldProblem> problems(String no, DocumentDuty duty) {
		Step s = SOP.step(no).orElseThrow();
		Step changed = new Step(s.no(), s.kind(), null, s.lane(), s.activity(), List.of(), null, s.output(), List.of(),
				s.next(), s.ya(), s.tidak(), null, null, List.of(), null, duty);
		return SopEditor.stepProblems(with(no, changed), changed, KLASIFIKASI);
	}

	private static SopContent with(String no, Step changed) {
		List<Step> steps = SOP.steps().stream().map(s -> s.no().equals(no) ? changed : s).toList();
		return new SopContent(null, SOP.lanes(), steps, List.of(), List.of(), null, List.of(), List.of());
	}

}
