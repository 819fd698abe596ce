package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.List;

import id.alurkerja.audit.CaseEventView;
import id.alurkerja.audit.EventType;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.OriginFigures;
import id.alurkerja.reports.evaluation.Period;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each seed SOP runs end to end through the service layer with the demo users. */
@SpringBootTest
@Import(CaseworkFixture.class)
class SeedJourneyTests {

	@Autowired
	CaseworkFixture f;

	@Autowired
	WorkQueries work;

	@Autowired
	EvaluationService evaluations;

	@Test
	void seed001RunsFromTheVillageSubmissionThroughTheDispositionChainToTheSuratBupati() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01",
				"Rancangan Peraturan Bersama Kepala Desa tentang kerja sama pengelolaan air bersih", "Desa Sei Tekam",
				Sifat.BIASA);
		TaskView first = this.f.open("kasi.kerjasama.sanggau", id);
		assertThat(first.stepNo()).isEqualTo("1");
		assertThat(first.onBehalfOf()).isEqualTo("Pemerintah Desa dan Masyarakat");
		this.f.upload("kasi.kerjasama.sanggau", id, null, "Rancangan Permakades", "rancangan.pdf",
				CaseworkFixture.pdf("rancangan"));
		this.f.complete("kasi.kerjasama.sanggau", id, Outcome.DONE, "Mohon arahan Bapak Bupati");

		// the Bupati must give the step's output or say why not
		TaskView bupati = this.f.open("bupati.sanggau", id);
		assertThat(bupati.arahan()).isEqualTo("Mohon arahan Bapak Bupati");
		assertThatThrownBy(() -> this.f.cases.complete(this.f.user("bupati.sanggau"), bupati.id(),
				Completion.done(bupati.version())))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.complete.outputMissing"));
		this.f.complete("bupati.sanggau", id, Outcome.DONE, "Kadis DPMPD: telaah dan siapkan masukan");
		assertThat(this.f.open("kadis.sanggau", id).arahan()).isEqualTo("Kadis DPMPD: telaah dan siapkan masukan");
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kabid: tindak lanjuti disposisi Bupati");
		this.f.complete("kabid.kerjasama.sanggau", id, Outcome.DONE, "Kasi: pelajari rancangan");
		this.f.done("kasi.kerjasama.sanggau", id);
		this.f.complete("kasi.kerjasama.sanggau", id, Outcome.DONE, "Staf: siapkan bahan");
		this.f.upload("staf.kerjasama.sanggau", id, null, "Bahan kajian", "bahan.docx", CaseworkFixture.docx());
		this.f.done("staf.kerjasama.sanggau", id);

		// row 9: the Kadis hands the step down, the reports come back up, the Kadis
		// completes it
		TaskView row9 = this.f.open("kadis.sanggau", id);
		assertThat(row9.stepNo()).isEqualTo("9");
		Long kabidPosition = position("kabid.kerjasama.sanggau");
		Long kasiPosition = position("kasi.kerjasama.sanggau");
		Long toKabid = this.f.cases.delegate(this.f.user("kadis.sanggau"), row9.id(),
				new Delegate(kabidPosition, null, "Siapkan masukan atas rancangan", Sifat.SEGERA, null, null));
		Long toKasi = this.f.cases.delegate(this.f.user("kabid.kerjasama.sanggau"), row9.id(),
				new Delegate(kasiPosition, null, "Susun telaahan", Sifat.SEGERA, null, null));
		assertThatThrownBy(() -> this.f.done("kadis.sanggau", id)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.openDelegations"));
		assertThatThrownBy(
				() -> this.f.cases.reportBack(this.f.user("kabid.kerjasama.sanggau"), toKabid, "Terlampir", null))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.report.childOpen"));
		this.f.cases.reportBack(this.f.user("kasi.kerjasama.sanggau"), toKasi, "Telaahan selesai, rancangan layak",
				null);
		this.f.cases.reportBack(this.f.user("kabid.kerjasama.sanggau"), toKabid, "Telaahan Kasi kami setujui", null);
		this.f.upload("kadis.sanggau", id, null, "Draft Surat Bupati", "draft-surat-bupati.pdf",
				CaseworkFixture.pdf("draft"));
		this.f.done("kadis.sanggau", id);
		this.f.upload("bupati.sanggau", id, null, "Surat Bupati", "surat-bupati.pdf", CaseworkFixture.pdf("surat"));
		this.f.done("bupati.sanggau", id);

		CaseDetail done = this.f.detail("kadis.sanggau", id);
		assertThat(done.summary().status()).isEqualTo(CaseStatus.SELESAI);
		assertThat(done.tasks()).extracting(TaskView::stepNo)
			.containsExactly("1", "2", "3", "5", "6", "7", "8", "9", "10");
		assertThat(done.tasks()).extracting(TaskView::completedByName)
			.containsExactly("Yosef Hendra Wibisono, S.AP", "Drs. Paulus Renggo", "Maria Lince Tamba, S.Sos, M.Si",
					"Fransiska Natalia, S.IP", "Yosef Hendra Wibisono, S.AP", "Yosef Hendra Wibisono, S.AP",
					"Rina Marlina, A.Md", "Maria Lince Tamba, S.Sos, M.Si", "Drs. Paulus Renggo");
		assertThat(done.delegations()).extracting(CaseDetail.DelegationView::status)
			.containsExactly("REPORTED", "REPORTED");
		assertThat(done.events()).extracting(CaseEventView::type)
			.contains(EventType.CASE_STARTED, EventType.DELEGATED, EventType.REPORTED_BACK, EventType.CASE_FINISHED);
		CaseEventView recorded = done.events()
			.stream()
			.filter(e -> e.type() == EventType.STEP_COMPLETED && "1".equals(e.stepNo()))
			.findFirst()
			.orElseThrow();
		assertThat(recorded.onBehalfOf()).isEqualTo("Pemerintah Desa dan Masyarakat");
		assertThat(done.chain().intact()).isTrue();
		assertThat(done.documents()).hasSize(4);
	}

	@Test
	void seed002ReturnsTheKesepakatanBersamaTwiceAndThePksOnce() {
		Long id = this.f.start("tkksd.lamandau", "LMD-KSAD-01", "Kerja sama pengelolaan jalan poros antar daerah",
				"Pemerintah Kabupaten Sukamara", Sifat.SEGERA);
		for (int i = 1; i <= 5; i++) {
			this.f.done("tkksd.lamandau", id);
		}
		this.f.complete("bupati.lamandau", id, Outcome.TIDAK, "Pasal pembiayaan belum jelas");
		TaskView returned = this.f.open("tkksd.lamandau", id);
		assertThat(returned.stepNo()).isEqualTo("5");
		assertThat(returned.returnReason()).isEqualTo("Pasal pembiayaan belum jelas");
		assertThat(returned.returnedFromStep()).isEqualTo("6");
		this.f.done("tkksd.lamandau", id);
		this.f.complete("bupati.lamandau", id, Outcome.TIDAK, "Jangka waktu kerja sama perlu dipersingkat");
		this.f.done("tkksd.lamandau", id);
		this.f.complete("bupati.lamandau", id, Outcome.YA, "Lanjutkan ke PKS");
		this.f.done("pd.lamandau", id);
		this.f.complete("tkksd.lamandau", id, Outcome.TIDAK, "Belum selaras dengan RPJMD");
		assertThat(this.f.open("pd.lamandau", id).stepNo()).isEqualTo("7");
		this.f.done("pd.lamandau", id);
		this.f.complete("tkksd.lamandau", id, Outcome.YA, null);
		this.f.complete("sekda.lamandau", id, Outcome.YA, null);
		this.f.complete("bupati.lamandau", id, Outcome.YA, null);
		this.f.done("tkksd.lamandau", id);

		CaseDetail done = this.f.detail("sekda.lamandau", id);
		assertThat(done.summary().status()).isEqualTo(CaseStatus.SELESAI);
		assertThat(done.tasks()).extracting(TaskView::stepNo)
			.containsExactly("1", "2", "3", "4", "5", "6", "5", "6", "5", "6", "7", "8", "7", "8", "9", "10", "11");
		assertThat(done.events().stream().filter(e -> e.type() == EventType.STEP_RETURNED))
			.extracting(CaseEventView::note)
			.containsExactly("Pasal pembiayaan belum jelas", "Jangka waktu kerja sama perlu dipersingkat",
					"Belum selaras dengan RPJMD");
		assertThat(done.chain().intact()).isTrue();
	}

	@Test
	void seed003RunsWithTheBudgetApprovalOfTheKepalaDesaAndReportsToTheCamat() {
		Long id = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Program pembangunan jalan usaha tani 2026",
				"Desa Taniran", Sifat.BIASA);
		for (int i = 0; i < 3; i++) {
			this.f.done("kasi.ppmd.benualima", id);
		}
		assertThat(this.f.open("kades.benualima", id).stepNo()).isEqualTo("B.1");
		this.f.complete("kades.benualima", id, Outcome.TIDAK, "Anggaran melebihi pagu dana desa");
		assertThat(this.f.open("kasi.ppmd.benualima", id).stepNo()).isEqualTo("A.3");
		this.f.done("kasi.ppmd.benualima", id);
		this.f.complete("kades.benualima", id, Outcome.YA, "Anggaran disetujui");

		TaskView pelaksanaan = this.f.open("kasi.ppmd.benualima", id);
		assertThat(pelaksanaan.stepNo()).isEqualTo("B.2");
		this.f.cases.submitReport(this.f.user("kasi.ppmd.benualima"), pelaksanaan.id(), ReportKind.HARIAN,
				"Pengerasan badan jalan 120 m");
		this.f.cases.submitReport(this.f.user("kasi.ppmd.benualima"), pelaksanaan.id(), ReportKind.MINGGUAN,
				"Minggu pertama: 40% selesai");
		this.f.done("kasi.ppmd.benualima", id);
		TaskView monitoring = this.f.open("kasi.ppmd.benualima", id);
		this.f.cases.submitReport(this.f.user("kasi.ppmd.benualima"), monitoring.id(), ReportKind.BULANAN,
				"Bulan pertama: sesuai rencana, tanpa hambatan");
		for (int i = 0; i < 4; i++) {
			this.f.done("kasi.ppmd.benualima", id);
		}

		// the Camat, superior of the Kasi and receiver of the reports, follows the case
		CaseDetail done = this.f.detail("camat.benualima", id);
		assertThat(done.summary().status()).isEqualTo(CaseStatus.SELESAI);
		assertThat(done.reports()).extracting(CaseDetail.ReportView::kind)
			.containsExactly("HARIAN", "MINGGUAN", "BULANAN");
		assertThat(done.reports()).allSatisfy(r -> assertThat(r.toPosition()).isEqualTo("Camat Benua Lima"));
		assertThat(done.tasks()).extracting(TaskView::stepNo)
			.containsExactly("A.1", "A.2", "A.3", "B.1", "A.3", "B.1", "B.2", "B.3", "C.1", "C.2", "C.3");
		assertThat(done.chain().intact()).isTrue();
	}

	@Test
	void seed004DraftsAtRows3To5IsInitialledAtRow6ByTheLanesItNamesSignedAtRow7AndNumberedAtRow9() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Penyusunan Perjanjian Kinerja Tahun 2027",
				"Sekretariat Daerah", Sifat.BIASA);
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kabid APD: koordinasikan penyusunan PK");
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kasi: susun konsep");
		// row 3 drafts the Perjanjian Kinerja: an upload without another title is that
		// document
		Long v1 = this.f.upload("kasi.keuangan.sanggau", id, null, null, "pk-2027.docx", CaseworkFixture.docx());
		assertThat(this.f.detail("kasi.keuangan.sanggau", id).documents()).singleElement()
			.satisfies(d -> assertThat(d.title()).isEqualTo("Perjanjian Kinerja"));
		this.f.completeWithoutReason("kasi.keuangan.sanggau", id);
		// row 4 asks for correction: no paraf is asked there
		assertThatThrownBy(() -> this.f.paraf("kabid.apd.sanggau", v1)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.paraf.notAsked"));
		this.f.done("kasi.keuangan.sanggau", id);
		// row 5 revises: the new upload is the document's second version
		Long v2 = this.f.upload("kasi.keuangan.sanggau", id, null, null, "pk-2027-perbaikan.pdf",
				CaseworkFixture.pdf("perbaikan"));
		this.f.completeWithoutReason("kasi.keuangan.sanggau", id);

		// row 6 asks the paraf of the Kabid and the Sekretaris, in rising rank; nobody
		// else
		assertThat(this.f.open("kasi.keuangan.sanggau", id).stepNo()).isEqualTo("6");
		assertThatThrownBy(() -> this.f.completeWithoutReason("kasi.keuangan.sanggau", id)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.outputMissing"));
		assertThatThrownBy(() -> this.f.paraf("kasi.keuangan.sanggau", v2)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.paraf.notAllowed"));
		assertThatThrownBy(() -> this.f.paraf("sekda.sanggau", v2)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.paraf.notAllowed"));
		assertThatThrownBy(() -> this.f.paraf("kadis.sanggau", v2)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.paraf.signer"));
		assertThatThrownBy(() -> this.f.paraf("kabid.apd.sanggau", v1)).isInstanceOfSatisfying(
				CaseworkException.Conflict.class, e -> assertThat(e.code()).isEqualTo("casework.paraf.notLatest"));
		// the Kasi may not sign at a step that does not sign
		Integer counter = this.f.numberCounter("kadis.sanggau");
		assertThatThrownBy(() -> this.f.documents.sign(this.f.user("kasi.keuangan.sanggau"), v2, "000.8.3.3",
				CaseworkFixture.PASSWORD))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.notThisStep"));
		// each lane asked finds it in the inbox until they have initialled
		assertThat(need("kabid.apd.sanggau", id)).isEqualTo(InboxItem.Action.PARAF);
		assertThat(need("sekretaris.sanggau", id)).isEqualTo(InboxItem.Action.PARAF);
		assertThat(inboxHas("sekda.sanggau", id)).as("a lane row 6 does not name").isFalse();
		this.f.paraf("kabid.apd.sanggau", v2);
		assertThat(inboxHas("kabid.apd.sanggau", id)).isFalse();
		this.f.paraf("sekretaris.sanggau", v2);
		assertThat(inboxHas("sekretaris.sanggau", id)).isFalse();
		this.f.completeWithoutReason("kasi.keuangan.sanggau", id);
		assertThat(need("kadis.sanggau", id)).isEqualTo(InboxItem.Action.SIGN);

		// row 7: the Kepala Dinas signs; the number takes the SOP's klasifikasi
		assertThatThrownBy(() -> this.f.documents.sign(this.f.user("kasi.keuangan.sanggau"), v2, "000.8.3.3",
				CaseworkFixture.PASSWORD))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.notAllowed"));
		assertThat(this.f.numberCounter("kadis.sanggau")).isEqualTo(counter);
		// a wrong password signs nothing and takes no number
		assertThatThrownBy(() -> this.f.documents.sign(this.f.user("kadis.sanggau"), v2, "005", "salah"))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.passwordWrong"));
		assertThat(this.f.detail("kadis.sanggau", id).documents().get(0).latest().signedAt()).isNull();
		// row 9 numbers the document: the signature gives none
		assertThat(this.f.documents.sign(this.f.user("kadis.sanggau"), v2, "005", CaseworkFixture.PASSWORD)).isNull();
		assertThat(this.f.numberCounter("kadis.sanggau")).isEqualTo(counter);
		Long documentId = this.f.detail("kadis.sanggau", id).documents().get(0).id();
		assertThatThrownBy(
				() -> this.f.upload("kadis.sanggau", id, documentId, null, "lagi.pdf", CaseworkFixture.pdf("lagi")))
			.isInstanceOf(CaseworkException.Conflict.class);
		assertThatThrownBy(() -> this.f.documents.number(this.f.user("kadis.sanggau"), v2)).isInstanceOfSatisfying(
				CaseworkException.NotAllowed.class, e -> assertThat(e.code()).isEqualTo("casework.number.notThisStep"));
		// the signed version is the step's output
		this.f.completeWithoutReason("kadis.sanggau", id);
		this.f.done("kasi.keuangan.sanggau", id);
		// row 9: its output is the number, given by the Kasi from the signer's unit with
		// the SOP's klasifikasi
		assertThatThrownBy(() -> this.f.completeWithoutReason("kasi.keuangan.sanggau", id)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.outputMissing"));
		String nomor = this.f.documents.number(this.f.user("kasi.keuangan.sanggau"), v2);
		assertThat(nomor).matches("000\\.8\\.3\\.3/\\d+/DPMPD/" + java.time.LocalDate.now().getYear());
		assertThat(this.f.numberCounter("kadis.sanggau")).isEqualTo(counter + 1);
		assertThatThrownBy(() -> this.f.documents.number(this.f.user("kasi.keuangan.sanggau"), v2))
			.isInstanceOfSatisfying(CaseworkException.Conflict.class,
					e -> assertThat(e.code()).isEqualTo("casework.number.alreadyNumbered"));
		this.f.completeWithoutReason("kasi.keuangan.sanggau", id);

		CaseDetail done = this.f.detail("kadis.sanggau", id);
		assertThat(done.summary().status()).isEqualTo(CaseStatus.SELESAI);
		assertThat(done.documents()).hasSize(1);
		CaseDetail.VersionView signed = done.documents().get(0).latest();
		assertThat(signed.nomor()).isEqualTo(nomor);
		assertThat(signed.parafs()).extracting(CaseDetail.ParafView::personName)
			.containsExactly("Stefanus Adi Pratama, S.H.", "Agustinus Riyadi, S.E.");
		assertThat(done.documents().get(0).versions()).hasSize(2);
		assertThat(done.events()).extracting(CaseEventView::type).contains(EventType.SIGNED, EventType.NUMBERED);
		assertThat(done.chain().intact()).isTrue();
	}

	@Test
	void seed003ServesEveryVillageOfTheKecamatanAndTheKepalaDesaOfTheCasesOwnVillageActs() {
		assertThatThrownBy(
				() -> this.f.start("kasi.ppmd.benualima", "BTM-PPMD-01", "Tanpa desa", "Desa Taniran", Sifat.BIASA))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.start.originRequired"));
		assertThatThrownBy(() -> this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Dari seksi",
				"Seksi Pembangunan dan Pemberdayaan Masyarakat Desa", Sifat.BIASA))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.start.originNotServed"));
		Long taniran = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Jalan usaha tani Taniran",
				"Desa Taniran", Sifat.BIASA);
		Long naneng = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Jalan usaha tani Simpang Naneng",
				"Desa Simpang Naneng", Sifat.BIASA);
		for (Long id : List.of(taniran, naneng)) {
			for (int i = 0; i < 3; i++) {
				this.f.done("kasi.ppmd.benualima", id);
			}
		}
		// each case's budget approval reaches the head of its own village only
		assertThat(this.f.open("kades.benualima", taniran).positionTitle()).isEqualTo("Kepala Desa Taniran");
		assertThat(this.f.open("kades.simpangnaneng", naneng).positionTitle()).isEqualTo("Kepala Desa Simpang Naneng");
		assertThat(inboxHas("kades.benualima", naneng)).isFalse();
		assertThat(inboxHas("kades.simpangnaneng", taniran)).isFalse();
		assertThatThrownBy(() -> this.f.detail("kades.benualima", naneng))
			.isInstanceOf(CaseworkException.NotFound.class);
		this.f.complete("kades.simpangnaneng", naneng, Outcome.YA, "Anggaran disetujui");
		assertThat(this.f.open("kasi.ppmd.benualima", naneng).stepNo()).isEqualTo("B.2");
		this.f.complete("kades.benualima", taniran, Outcome.YA, "Anggaran disetujui");
		// the evaluation: one row per step over both villages, and per village on request
		Long btm = this.f.user("kasi.ppmd.benualima").kabupatenId();
		Period today = new Period(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
		Evaluation evaluation = this.evaluations.evaluate(btm, "BTM-PPMD-01", null, today, null).orElseThrow();
		assertThat(evaluation.steps().stream().filter(s -> s.no().equals("B.1")).toList()).singleElement()
			.satisfies(s -> assertThat(s.completed()).isGreaterThanOrEqualTo(2));
		List<OriginFigures> byOrigin = this.evaluations.byOrigin(btm, "BTM-PPMD-01", null, today, null)
			.stream()
			.filter(o -> o.stepNo().equals("B.1"))
			.toList();
		// other tests of this context may run seed 003 for Desa Taniran too: at least
		// ours
		assertThat(byOrigin).extracting(OriginFigures::origin)
			.contains("Desa Taniran", "Desa Simpang Naneng")
			.doesNotHaveDuplicates();
		assertThat(byOrigin).allSatisfy(o -> assertThat(o.completed()).isPositive());
		assertThat(byOrigin.stream().mapToInt(OriginFigures::completed).sum()).isEqualTo(
				evaluation.steps().stream().filter(s -> s.no().equals("B.1")).findFirst().orElseThrow().completed());
		// the one SOP's cases keep their origin: the evaluation counts both under one SOP
		assertThat(this.f.jdbc.queryForList("""
				select u.name from case_file c join unit u on u.id = c.origin_unit_id
				where c.id in (?, ?) order by c.id""", String.class, taniran, naneng)).containsExactly("Desa Taniran",
				"Desa Simpang Naneng");
	}

	@Test
	void aParafLaneOfAnotherUnitSeesTheCaseWhoseStepAsksItsParaf() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Paraf koordinasi dari kecamatan",
				"Sekretariat Daerah", Sifat.BIASA);
		this.f.done("kadis.sanggau", id);
		this.f.done("kadis.sanggau", id);
		this.f.upload("kasi.keuangan.sanggau", id, null, null, "pk.pdf", CaseworkFixture.pdf("koordinasi"));
		for (int row = 3; row <= 5; row++) {
			this.f.done("kasi.keuangan.sanggau", id);
		}
		TaskView row6 = this.f.open("kasi.keuangan.sanggau", id);
		assertThat(row6.stepNo()).isEqualTo("6");
		// the Camat of Sekayam stands outside the Dinas: the case is not theirs to see
		assertThatThrownBy(() -> this.f.detail("camat.sanggau", id)).isInstanceOf(CaseworkException.NotFound.class);
		assertThat(listed("camat.sanggau", id)).isFalse();
		// a step that asks their paraf (paraf koordinasi) lets them see the case
		this.f.jdbc.update("update task set paraf_position_ids = paraf_position_ids || ?::bigint where id = ?",
				position("camat.sanggau"), row6.id());
		assertThat(this.f.detail("camat.sanggau", id).summary().id()).isEqualTo(id);
		assertThat(listed("camat.sanggau", id)).isTrue();
		assertThat(listed("kades.sanggau", id)).as("a position not asked").isFalse();
	}

	private boolean listed(String username, Long caseId) {
		return this.work.cases(this.f.user(username), new WorkQueries.CaseFilter(null, null, null, null, null), 0)
			.rows()
			.stream()
			.anyMatch(c -> c.id().equals(caseId));
	}

	@Test
	void seed002TheBupatiReturnsTheKesepakatanBersamaWithAReasonAndNoUpload() {
		Long id = this.f.start("tkksd.lamandau", "LMD-KSAD-01", "KSAD dengan Kabupaten Sukamara", "Bupati Sukamara",
				Sifat.BIASA);
		for (int i = 0; i < 4; i++) {
			this.f.done("tkksd.lamandau", id);
		}
		// an upload that is not the named document does not count as row 5's output
		this.f.upload("tkksd.lamandau", id, null, "Daftar hadir rapat", "hadir.pdf", CaseworkFixture.pdf("hadir"));
		assertThatThrownBy(() -> this.f.completeWithoutReason("tkksd.lamandau", id)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.complete.outputMissing"));
		this.f.upload("tkksd.lamandau", id, null, null, "kb.pdf", CaseworkFixture.pdf("kb"));
		this.f.completeWithoutReason("tkksd.lamandau", id);
		TaskView bupati = this.f.open("bupati.lamandau", id);
		assertThat(bupati.stepNo()).isEqualTo("6");
		this.f.cases.complete(this.f.user("bupati.lamandau"), bupati.id(), new Completion(bupati.version(),
				Outcome.TIDAK, "Pasal 3 perlu disesuaikan", null, Sifat.BIASA, null, null, null, null));
		TaskView back = this.f.open("tkksd.lamandau", id);
		assertThat(back.stepNo()).isEqualTo("5");
		assertThat(back.returnReason()).isEqualTo("Pasal 3 perlu disesuaikan");
	}

	private java.util.Optional<InboxItem> inboxItem(String username, Long caseId) {
		// searched by its number: the shared database may fill more than one page
		String number = this.f.jdbc.queryForObject("select registration_no from case_file where id = ?", String.class,
				caseId);
		return this.work.inbox(this.f.user(username), new WorkQueries.InboxFilter(null, null, null, number), 0)
			.rows()
			.stream()
			.filter(i -> i.caseId().equals(caseId))
			.findFirst();
	}

	private boolean inboxHas(String username, Long caseId) {
		return inboxItem(username, caseId).isPresent();
	}

	private InboxItem.Action need(String username, Long caseId) {
		return inboxItem(username, caseId).orElseThrow(() -> new AssertionError(username + " has no item")).action();
	}

	private Long position(String username) {
		return this.f.queries.actor(this.f.user(username)).senior().orElseThrow().position().id();
	}

	static List<String> steps(CaseDetail detail) {
		return detail.tasks().stream().map(TaskView::stepNo).toList();
	}

}
