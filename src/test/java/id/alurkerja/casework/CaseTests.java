package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import id.alurkerja.sop.StepKind;
import id.alurkerja.sop.TimeUnit;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case aggregate's transitions, with the organisation of {@link PolicyWorld} and an
 * SOP written out here: no Spring, no database. Row 1 the staf drafts (output "Konsep
 * surat", 1-2 working days), row 2 the Kasi checks (two Keterangan items, a daily report
 * to the Kepala Dinas), row 3 the Kepala Dinas decides (Ya to 4, Tidak back to 2), row 4
 * the staf sends it (end).
 */
class CaseTests {

	private final PolicyWorld org = new PolicyWorld();

	private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Jakarta"));

	private final Memory parts = new Memory();

	private final CaseFile file = caseFile(DINAS_PENDIDIKAN, DEWI);

	private static final SopContent SOP = new SopContent(null,
			List.of(new Lane("staf", "Pengelola", "STAF-KUR", false, null),
					new Lane("kasi", "Kasi Kurikulum", "KASI-KUR", false, null),
					new Lane("kadis", "Kepala Dinas", "KADIS", false, null),
					new Lane("tu", "Tata Usaha", "TU-UNKNOWN", false, null)),
			List.of(step("1", StepKind.START, "staf", "Konsep surat", List.of(), null, null, null),
					step("2", StepKind.PROCESS, "kasi", null, List.of("Periksa berkas", "Paraf konsep"), null, null,
							"KADIS"),
					step("3", StepKind.DECISION, "kadis", null, List.of(), "4", "2", null),
					step("4", StepKind.END, "staf", null, List.of(), null, null, null),
					step("5", StepKind.END, "tu", null, List.of(), null, null, null)),
			List.of(), List.of(), null, List.of(), List.of());

	private static Step step(String no, StepKind kind, String lane, String output, List<String> keterangan, String ya,
			String tidak, String reportsTo) {
		return new Step(no, kind, null, lane, "Kegiatan " + no, List.of(),
				new TimeStandard(1, 2, TimeUnit.HARI_KERJA, "1-2 Hari"), output, keterangan, null, ya, tidak, null,
				null, (reportsTo != null) ? List.of("HARIAN") : List.of(), reportsTo);
	}

	private Task at(String stepNo, Long positionId) {
		Task t = new Task(this.file.getId(), KAB, stepNo, "lane", positionId, null, NOW, null, null);
		ReflectionTestUtils.setField(t, "id", 700L);
		this.file.standAt(stepNo);
		return t;
	}

	private Case caseAt(Task task) {
		return new Case(this.file, task, this.parts, this.org, this.clock);
	}

	private static Completion done() {
		return Completion.done(0);
	}

	private static Completion decided(Outcome outcome, String reason) {
		return new Completion(0, outcome, reason, null, null, null, null, null, null);
	}

	// --- registration ----------------------------------------------------

	@Test
	void registrationOpensTheFirstStepForItsLaneWithTheLettersSifat() {
		Case c = new Case(this.file, null, this.parts, this.org, this.clock);
		c.register(this.org.actor(DEWI), this.org.holding(STAF, DEWI, id.alurkerja.org.AssignmentKind.DEFINITIF),
				"SOP-1", 2);
		assertThat(c.opened().getStepNo()).isEqualTo("1");
		assertThat(c.opened().getPositionId()).isEqualTo(STAF);
		assertThat(c.opened().getSifat()).isEqualTo(Sifat.BIASA);
		assertThat(c.opened().getFromPersonId()).isEqualTo(DEWI);
		assertThat(c.opened().getDueAt()).isAfter(NOW);
		assertThat(this.file.getCurrentStepNo()).isEqualTo("1");
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.CaseStarted.class);
	}

	// --- completing ------------------------------------------------------

	@Test
	void theStafCompletesTheFirstStepAndTheCaseMovesToTheKasiWithTheArahan() {
		Task task = at("1", STAF);
		this.parts.uploads.add(task.getId());
		Case c = caseAt(task);
		c.complete(this.org.actor(DEWI), done().withArahan("Mohon diperiksa", Sifat.SEGERA));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
		assertThat(task.getCompletedByPersonId()).isEqualTo(DEWI);
		assertThat(c.opened().getStepNo()).isEqualTo("2");
		assertThat(c.opened().getPositionId()).isEqualTo(KASI);
		assertThat(c.opened().getArahan()).isEqualTo("Mohon diperiksa");
		assertThat(c.opened().getSifat()).isEqualTo(Sifat.SEGERA);
		assertThat(this.file.getCurrentStepNo()).isEqualTo("2");
		assertThat(c.events()).singleElement()
			.isInstanceOfSatisfying(CaseEvent.StepCompleted.class,
					e -> assertThat(e.outcome()).isEqualTo(Outcome.DONE));
	}

	@Test
	void aPlhOfTheKepalaDinasCompletesTheKepalaDinasStep() {
		Task task = at("3", KADIS);
		Case c = caseAt(task);
		c.complete(this.org.actor(SARI), decided(Outcome.YA, null));
		assertThat(task.getCompletedByPositionId()).isEqualTo(KADIS);
		assertThat(task.getCompletedActing()).isEqualTo("PLH");
		assertThat(c.opened().getStepNo()).isEqualTo("4");
		assertThat(c.events()).singleElement()
			.isInstanceOfSatisfying(CaseEvent.StepCompleted.class, e -> assertThat(e.by().acting()).isEqualTo("PLH"));
	}

	@Test
	void tidakOnADecisionStepReturnsTheCaseToTheTemplatesTidakTarget() {
		Task task = at("3", KADIS);
		Case c = caseAt(task);
		c.complete(this.org.actor(BUDI), decided(Outcome.TIDAK, "Anggaran belum sesuai"));
		assertThat(task.getOutcome()).isEqualTo(Outcome.TIDAK);
		assertThat(c.opened().getStepNo()).isEqualTo("2");
		assertThat(c.opened().getReturnReason()).isEqualTo("Anggaran belum sesuai");
		assertThat(c.opened().getReturnedFromStep()).isEqualTo("3");
		assertThat(c.events()).hasSize(2);
		assertThat(c.events().get(1)).isInstanceOfSatisfying(CaseEvent.StepReturned.class,
				e -> assertThat(e.toStep()).isEqualTo("2"));
	}

	@Test
	void tidakWithoutAReasonIsRefusedAndNothingChanges() {
		Task task = at("3", KADIS);
		Case c = caseAt(task);
		assertThatThrownBy(() -> c.complete(this.org.actor(BUDI), decided(Outcome.TIDAK, " "))).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.reasonRequired"));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
		assertThat(c.events()).isEmpty();
	}

	@Test
	void aDecisionStepNeedsYaOrTidak() {
		Case c = caseAt(at("3", KADIS));
		assertThatThrownBy(() -> c.complete(this.org.actor(BUDI), done())).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.decisionNeeded"));
	}

	@Test
	void aStepWhoseOutputIsMissingCompletesOnlyWithAReasonAndKeepsIt() {
		Task task = at("1", STAF);
		assertThatThrownBy(() -> caseAt(task).complete(this.org.actor(DEWI), done())).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.outputMissing"));
		caseAt(task).complete(this.org.actor(DEWI),
				new Completion(0, Outcome.DONE, null, null, null, null, null, "Konsep dibawa langsung", null));
		assertThat(task.getOutputMissingReason()).isEqualTo("Konsep dibawa langsung");
	}

	@Test
	void aFormRenderedOnAnOlderVersionOfTheTaskIsRefused() {
		Case c = caseAt(at("3", KADIS));
		assertThatThrownBy(() -> c.complete(this.org.actor(BUDI),
				new Completion(3, Outcome.YA, null, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Conflict.class,
					e -> assertThat(e.code()).isEqualTo("casework.task.changed"));
	}

	@Test
	void theLastStepEndsTheCase() {
		Task task = at("4", STAF);
		Case c = caseAt(task);
		c.complete(this.org.actor(EKO), done());
		assertThat(c.opened()).isNull();
		assertThat(this.file.getStatus()).isEqualTo(CaseStatus.SELESAI);
		assertThat(this.file.getCurrentStepNo()).isNull();
		assertThat(c.events()).hasSize(2).last().isInstanceOf(CaseEvent.CaseFinished.class);
	}

	@Test
	void aStepWhoseLaneHasNoPositionInTheKabupatenDoesNotOpen() {
		// Ya of 3 goes to 5, in the lane of a position the kabupaten does not have
		SopContent unbound = new SopContent(null, SOP.lanes(),
				List.of(step("3", StepKind.DECISION, "kadis", null, List.of(), "5", "2", null),
						step("5", StepKind.END, "tu", null, List.of(), null, null, null)),
				List.of(), List.of(), null, List.of(), List.of());
		this.parts.content = unbound;
		Case decided = caseAt(at("3", KADIS));
		assertThatThrownBy(() -> decided.complete(this.org.actor(BUDI), decided(Outcome.YA, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class, e -> {
				assertThat(e.code()).isEqualTo("casework.lane.unbound");
				assertThat(e.args()).containsExactly("Tata Usaha");
			});
	}

	@Test
	void theNextPersonNamedMustHoldTheNextPosition() {
		Case c = caseAt(at("2", KASI));
		assertThatThrownBy(() -> c.complete(this.org.actor(ANDI),
				new Completion(0, Outcome.DONE, null, null, null, null, EKO, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.complete.nextPersonNotHolder"));
		Case again = caseAt(at("2", KASI));
		again.complete(this.org.actor(ANDI), new Completion(0, Outcome.DONE, null, null, null, null, SARI, null, null));
		assertThat(again.opened().getAssigneePersonId()).isEqualTo(SARI);
	}

	// --- taking ----------------------------------------------------------

	@Test
	void aHolderTakesATaskOfASharedPositionAndTheOtherHolderCannot() {
		Task task = at("1", STAF);
		Case c = caseAt(task);
		c.take(this.org.actor(DEWI), 0);
		assertThat(task.getAssigneePersonId()).isEqualTo(DEWI);
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.TaskTaken.class);
		assertThatThrownBy(() -> caseAt(task).take(this.org.actor(EKO), 0)).isInstanceOf(CaseworkException.class);
	}

	// --- disposisi and reports back ---------------------------------------

	@Test
	void theKasiDisposesToHisStafButNotUpToTheKepalaDinas() {
		Task task = at("2", KASI);
		Case c = caseAt(task);
		c.dispose(this.org.actor(ANDI), new Delegate(STAF, DEWI, " Periksa lampiran ", Sifat.SEGERA, null, null));
		assertThat(c.disposed().get(0).getToPositionId()).isEqualTo(STAF);
		assertThat(c.disposed().get(0).getArahan()).isEqualTo("Periksa lampiran");
		assertThat(c.events()).singleElement()
			.isInstanceOfSatisfying(CaseEvent.Disposed.class,
					e -> assertThat(e.toPosition()).isEqualTo("Pengelola Kurikulum"));
		assertThatThrownBy(() -> caseAt(task).dispose(this.org.actor(ANDI),
				new Delegate(KADIS, null, "Mohon arahan", null, null, null)))
			.isInstanceOf(CaseworkException.class);
	}

	@Test
	void aDisposisiNeedsAnArahan() {
		Case c = caseAt(at("2", KASI));
		assertThatThrownBy(() -> c.dispose(this.org.actor(ANDI), new Delegate(STAF, null, "", Sifat.BIASA, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.delegate.arahanRequired"));
	}

	@Test
	void theKadisDisposesToTheKabidAndSendsTheKasiATembusanEachABranchWithTheInstructions() {
		Task task = at("2", KADIS);
		Case c = caseAt(task);
		c.dispose(this.org.actor(BUDI),
				new Delegate(
						List.of(new Delegate.Recipient(KABID, null, true), new Delegate.Recipient(KASI, null, false)),
						List.of("Tanggapan dan saran", "Koordinasikan"), "Segera dibahas", Sifat.SEGERA, null, null));
		assertThat(c.disposed()).extracting(Delegation::getToPositionId).containsExactly(KABID, KASI);
		assertThat(c.disposed()).extracting(Delegation::isRequired).containsExactly(true, false);
		assertThat(c.disposed())
			.allSatisfy(d -> assertThat(d.getInstructions()).containsExactly("Tanggapan dan saran", "Koordinasikan"));
		assertThat(c.events()).singleElement().isInstanceOfSatisfying(CaseEvent.Disposed.class, e -> {
			assertThat(e.toPosition()).isEqualTo("Kepala Bidang SD, Kepala Seksi Kurikulum (tembusan)");
			assertThat(e.arahan()).isEqualTo("Tanggapan dan saran; Koordinasikan; Segera dibahas");
		});
	}

	@Test
	void aDisposisiToTheSamePositionTwiceIsRefusedButInstructionsAloneAreEnough() {
		Case c = caseAt(at("2", KASI));
		assertThatThrownBy(() -> c.dispose(this.org.actor(ANDI),
				new Delegate(
						List.of(new Delegate.Recipient(STAF, DEWI, true), new Delegate.Recipient(STAF, EKO, false)),
						List.of("Koordinasikan"), null, Sifat.BIASA, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.delegate.recipientTwice"));
		Case ok = caseAt(at("2", KASI));
		ok.dispose(this.org.actor(ANDI), new Delegate(List.of(new Delegate.Recipient(STAF, null, false)),
				List.of("Untuk diketahui"), "", Sifat.BIASA, null, null));
		assertThat(ok.disposed()).singleElement().satisfies(d -> {
			assertThat(d.getInstructions()).containsExactly("Untuk diketahui");
			assertThat(d.isRequired()).isFalse();
		});
		assertThatThrownBy(() -> caseAt(at("2", KASI)).dispose(this.org.actor(ANDI),
				new Delegate(List.of(), List.of("Koordinasikan"), null, Sifat.BIASA, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.delegate.recipientRequired"));
	}

	@Test
	void theOwnerMayCompleteWhileOnlyATembusanIsOut() {
		Task task = at("2", KASI);
		Delegation copy = delegation(901L, task.getId(), null, KASI, STAF, EKO);
		copy.asBranch(List.of("Untuk diketahui"), false);
		this.parts.delegations.put(task.getId(), List.of(copy));
		caseAt(task).complete(this.org.actor(ANDI), done());
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void theSenderRecallsAnUnreadBranchButNotAReadOneAndNobodyElseMay() {
		Task task = at("2", KASI);
		Delegation d = delegation(900L, task.getId(), null, KASI, STAF, DEWI);
		this.parts.delegations.put(task.getId(), List.of(d));
		assertThatThrownBy(() -> caseAt(task).recall(this.org.actor(DEWI), 900L)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class,
				e -> assertThat(e.code()).isEqualTo("casework.delegation.notYours"));
		Delegation read = delegation(902L, task.getId(), null, KASI, STAF, EKO);
		ReflectionTestUtils.setField(read, "readAt", NOW);
		this.parts.delegations.put(task.getId(), List.of(d, read));
		assertThatThrownBy(() -> caseAt(task).recall(this.org.actor(ANDI), 902L)).isInstanceOfSatisfying(
				CaseworkException.Conflict.class,
				e -> assertThat(e.code()).isEqualTo("casework.delegation.alreadyRead"));
		this.parts.delegations.put(task.getId(), List.of(d));
		Case c = caseAt(task);
		c.recall(this.org.actor(ANDI), 900L);
		assertThat(d.getStatus()).isEqualTo(Delegation.Status.RECALLED);
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.DisposisiRecalled.class);
		// recalled: the step no longer waits for it
		caseAt(task).complete(this.org.actor(ANDI), done());
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aReceiverOfADelegationMayReportBackButNotComplete() {
		Task task = at("2", KASI);
		Delegation d = delegation(900L, task.getId(), null, KASI, STAF, DEWI);
		this.parts.delegations.put(task.getId(), List.of(d));
		assertThatThrownBy(() -> caseAt(task).complete(this.org.actor(DEWI), done())).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.task.notYours"));
		Case c = caseAt(task);
		c.reportBack(this.org.actor(DEWI), 900L, " Lampiran lengkap ");
		assertThat(d.isOpen()).isFalse();
		assertThat(d.getReport()).isEqualTo("Lampiran lengkap");
		assertThat(c.events()).singleElement()
			.isInstanceOfSatisfying(CaseEvent.ReportedBack.class,
					e -> assertThat(e.toPosition()).isEqualTo("Kepala Seksi Kurikulum"));
	}

	@Test
	void theOwnerCannotCompleteWhileADisposisiIsOutAndCanOnceItIsReportedBack() {
		Task task = at("2", KASI);
		Delegation d = delegation(900L, task.getId(), null, KASI, STAF, DEWI);
		this.parts.delegations.put(task.getId(), List.of(d));
		assertThatThrownBy(() -> caseAt(task).complete(this.org.actor(ANDI), done())).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.openDelegations"));
		reported(d);
		caseAt(task).complete(this.org.actor(ANDI), done());
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void anEmptyReportBackIsRefused() {
		Task task = at("2", KASI);
		this.parts.delegations.put(task.getId(), List.of(delegation(900L, task.getId(), null, KASI, STAF, DEWI)));
		assertThatThrownBy(() -> caseAt(task).reportBack(this.org.actor(DEWI), 900L, " ")).isInstanceOfSatisfying(
				CaseworkException.Invalid.class, e -> assertThat(e.code()).isEqualTo("casework.report.required"));
	}

	@Test
	void aRecurringReportGoesToTheSuperiorTheStepNamesAndOnlyOfTheKindsItAsks() {
		Task task = at("2", KASI);
		Case c = caseAt(task);
		c.submitReport(this.org.actor(ANDI), ReportKind.HARIAN, "Hari ini 4 berkas diperiksa");
		assertThat(c.report().toPositionId()).isEqualTo(KADIS);
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.ReportSubmitted.class);
		assertThatThrownBy(() -> caseAt(task).submitReport(this.org.actor(ANDI), ReportKind.MINGGUAN, "x"))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.report.notForStep"));
	}

	@Test
	void theOwnerTicksAKeteranganItemAndAnUnknownItemIsRefused() {
		Task task = at("2", KASI);
		caseAt(task).tick(this.org.actor(ANDI), 1, true);
		assertThat(task.getChecklist()).containsExactly(1);
		assertThatThrownBy(() -> caseAt(task).tick(this.org.actor(ANDI), 2, true)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class, e -> assertThat(e.code()).isEqualTo("casework.checklist.unknown"));
		assertThatThrownBy(() -> caseAt(task).tick(this.org.actor(DEWI), 0, true))
			.isInstanceOf(CaseworkException.NotAllowed.class);
	}

	// --- documents -------------------------------------------------------

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

	private static UploadLimits limits(long maxBytes) {
		return new UploadLimits(maxBytes, 100 * 1024 * 1024, 10_000);
	}

	@Test
	void whoeverWorksOnTheStepUploadsANewDocumentAsItsFirstVersion() {
		Case c = caseAt(at("1", STAF));
		c.upload(this.org.actor(DEWI), null, " Konsep surat ", "../konsep.pdf", PDF, limits(1024));
		assertThat(c.upload().number()).isEqualTo(1);
		assertThat(c.upload().document().getTitle()).isEqualTo("Konsep surat");
		assertThat(c.upload().fileName()).isEqualTo("konsep.pdf");
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.DocumentUploaded.class);
	}

	@Test
	void anUploadIsCheckedForContentSizeAndAuthor() {
		assertThatThrownBy(
				() -> caseAt(at("1", STAF)).upload(this.org.actor(DEWI), null, "x", "a.pdf", new byte[0], limits(1024)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.empty"));
		assertThatThrownBy(
				() -> caseAt(at("1", STAF)).upload(this.org.actor(DEWI), null, "x", "a.pdf", PDF, limits(10)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.tooLarge"));
		assertThatThrownBy(() -> caseAt(at("1", STAF)).upload(this.org.actor(DEWI), null, "x", "a.pdf",
				"just text".getBytes(), limits(1024)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.type"));
		assertThatThrownBy(
				() -> caseAt(at("1", STAF)).upload(this.org.actor(RINA), null, "x", "a.pdf", PDF, limits(1024)))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.notAllowed"));
	}

	@Test
	void aSignedDocumentTakesNoNewVersion() {
		CaseDocument document = document(800L);
		DocumentVersion signed = version(801L, 1);
		signed.sign(BUDI, KADIS, "DEFINITIF", "100.3", "100.3/1/DP/2026", NOW);
		this.parts.versions.put(800L, List.of(signed));
		assertThatThrownBy(
				() -> caseAt(at("1", STAF)).upload(this.org.actor(DEWI), 800L, null, "b.pdf", PDF, limits(1024)))
			.isInstanceOfSatisfying(CaseworkException.Conflict.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.documentSigned"));
		assertThat(document.getCaseId()).isEqualTo(this.file.getId());
	}

	@Test
	void theKasiInitialsADraftAndAFourthParafIsRefused() {
		document(800L);
		DocumentVersion v = version(801L, 1);
		this.parts.versions.put(800L, List.of(v));
		Case c = caseAt(at("2", KASI));
		c.initial(this.org.actor(ANDI), v, "Konsep surat");
		assertThat(c.paraf().getOrd()).isEqualTo(1);
		assertThat(c.paraf().getPositionId()).isEqualTo(KASI);
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.Initialled.class);

		this.parts.parafs.put(801L,
				List.of(new Paraf(801L, 1, ANDI, KASI, "DEFINITIF", 3, NOW),
						new Paraf(801L, 2, SARI, KABID, "DEFINITIF", 2, NOW),
						new Paraf(801L, 3, BUDI, KADIS, "DEFINITIF", 1, NOW)));
		assertThatThrownBy(() -> caseAt(at("2", KASI)).initial(this.org.actor(TONO), v, "Konsep surat"))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.paraf.full"));
	}

	@Test
	void theOwnerOfTheStepSignsTheLatestVersionAndItGetsTheNextNumber() {
		document(800L);
		DocumentVersion v = version(801L, 1);
		this.parts.versions.put(800L, List.of(v));
		Numbers numbers = new Numbers();
		Case c = caseAt(at("3", KADIS));
		String nomor = c.sign(this.org.actor(BUDI), v, "Konsep surat", "100.3", numbers);
		assertThat(nomor).isEqualTo("100.3/1/Dinas Pendidikan/2026");
		assertThat(v.isSigned()).isTrue();
		assertThat(v.getNomor()).isEqualTo(nomor);
		assertThat(c.events()).hasSize(2).last().isInstanceOf(CaseEvent.Numbered.class);
	}

	@Test
	void aStafCannotSignTheKepalaDinassStepNorCanAnUnknownKlasifikasiBeUsed() {
		document(800L);
		DocumentVersion v = version(801L, 1);
		this.parts.versions.put(800L, List.of(v));
		assertThatThrownBy(() -> caseAt(at("3", KADIS)).sign(this.org.actor(DEWI), v, "t", "100.3", new Numbers()))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.notAllowed"));
		assertThatThrownBy(() -> caseAt(at("3", KADIS)).sign(this.org.actor(BUDI), v, "t", "999.9", new Numbers()))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.klasifikasiUnknown"));
		assertThat(v.isSigned()).isFalse();
	}

	// --- cancelling --------------------------------------------------------

	@Test
	void theHeadOfTheUnitCancelsTheCaseAndTheDisposisiOutCloses() {
		Task task = at("2", KASI);
		Delegation d = delegation(900L, task.getId(), null, KASI, STAF, DEWI);
		this.parts.delegations.put(task.getId(), List.of(d));
		Case c = caseAt(task);
		c.cancel(this.org.actor(BUDI), " Pemohon menarik berkas ");
		assertThat(task.getStatus()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(d.isOpen()).isFalse();
		assertThat(this.file.getStatus()).isEqualTo(CaseStatus.DIBATALKAN);
		assertThat(this.file.getCancelReason()).isEqualTo("Pemohon menarik berkas");
		assertThat(c.events()).singleElement().isInstanceOf(CaseEvent.CaseCancelled.class);
	}

	@Test
	void aStafCannotCancelAndACancelNeedsAReason() {
		Task task = at("2", KASI);
		assertThatThrownBy(() -> caseAt(task).cancel(this.org.actor(DEWI), "Tidak jadi"))
			.isInstanceOf(CaseworkException.NotAllowed.class);
		assertThatThrownBy(() -> caseAt(task).cancel(this.org.actor(BUDI), "")).isInstanceOfSatisfying(
				CaseworkException.Invalid.class, e -> assertThat(e.code()).isEqualTo("casework.cancel.reasonRequired"));
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void aFinishedCaseTakesNoMoreActions() {
		Task task = at("4", STAF);
		caseAt(task).complete(this.org.actor(EKO), done());
		assertThatThrownBy(() -> caseAt(task).cancel(this.org.actor(BUDI), "Terlambat")).isInstanceOfSatisfying(
				CaseworkException.Conflict.class, e -> assertThat(e.code()).isEqualTo("casework.case.notRunning"));
		assertThatThrownBy(() -> caseAt(null).sign(this.org.actor(BUDI), version(801L, 1), "t", "100.3", new Numbers()))
			.isInstanceOf(CaseworkException.Conflict.class);
	}

	// ------------------------------------------------------------------

	private CaseDocument document(Long id) {
		CaseDocument d = new CaseDocument(this.file.getId(), "Konsep surat", NOW);
		ReflectionTestUtils.setField(d, "id", id);
		this.parts.documents.put(id, d);
		return d;
	}

	/** Numbers by a pattern of klasifikasi, counter, unit name and year; 100.3 only. */
	private static final class Numbers implements Case.Numbers {

		private int last;

		@Override
		public boolean isKnown(String klasifikasi) {
			return "100.3".equals(klasifikasi);
		}

		@Override
		public String next(UnitView unit, int year, String klasifikasi) {
			return klasifikasi + "/" + (++this.last) + "/" + unit.name() + "/" + year;
		}

	}

	/** The case's parts, held in maps. */
	private static final class Memory implements Case.Parts {

		SopContent content = SOP;

		final Map<Long, List<Delegation>> delegations = new HashMap<>();

		final Set<Long> uploads = new HashSet<>();

		final Map<Long, CaseDocument> documents = new HashMap<>();

		final Map<Long, List<DocumentVersion>> versions = new HashMap<>();

		final Map<Long, List<Paraf>> parafs = new HashMap<>();

		@Override
		public SopContent content() {
			return this.content;
		}

		@Override
		public List<Delegation> delegations(Long taskId) {
			return new ArrayList<>(this.delegations.getOrDefault(taskId, List.of()));
		}

		@Override
		public boolean hasUpload(Long taskId) {
			return this.uploads.contains(taskId);
		}

		@Override
		public boolean atFirstTask() {
			return true;
		}

		@Override
		public Optional<CaseDocument> document(Long documentId) {
			return Optional.ofNullable(this.documents.get(documentId));
		}

		@Override
		public List<CaseDocument> documents() {
			return this.documents.values().stream().sorted(Comparator.comparing(CaseDocument::getId)).toList();
		}

		@Override
		public List<DocumentVersion> versions(Long documentId) {
			return this.versions.getOrDefault(documentId, List.of());
		}

		@Override
		public List<Paraf> parafs(Long versionId) {
			return this.parafs.getOrDefault(versionId, List.of());
		}

		@Override
		public WorkingCalendar calendar() {
			return new WorkingCalendar(Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("Asia/Jakarta"));
		}

	}

}
