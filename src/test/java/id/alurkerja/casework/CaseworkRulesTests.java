package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.alurkerja.audit.CaseEventView;
import id.alurkerja.audit.CaseHistory;
import id.alurkerja.audit.ChainCheck;
import id.alurkerja.calendar.CalendarService;
import id.alurkerja.audit.EventType;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.OrgAdministration;
import id.alurkerja.shared.CaseId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules around the journeys: who may act, concurrency, numbering, time, history,
 * documents.
 */
@SpringBootTest
@Import(CaseworkFixture.class)
class CaseworkRulesTests {

	@Autowired
	CaseworkFixture f;

	@Autowired
	OrgAdministration administration;

	@Autowired
	CaseHistory history;

	@Autowired
	CalendarService calendars;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPltActsForTheKadisAndTheHistorySaysSo() {
		AlurUser plt = this.f.user("kabid.apd.sanggau");
		Long kadisPosition = this.f.queries.actor(this.f.user("kadis.sanggau")).senior().orElseThrow().position().id();
		Long id = this.f.start("kasi.keuangan.sanggau", "DPMPEMDES-PK-01", "Perjanjian Kinerja (Plt.)",
				"Sekretariat Daerah", Sifat.BIASA);
		TaskView kadisTask = this.f.open("kadis.sanggau", id);
		assertThatThrownBy(() -> this.f.cases.complete(plt, kadisTask.id(),
				Completion.done(kadisTask.version()).withoutOutput("-")))
			.isInstanceOf(CaseworkException.NotAllowed.class);

		this.administration.appointActing(plt.kabupatenId(), plt.personId(), kadisPosition, AssignmentKind.PLT,
				LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
		try {
			this.f.cases.complete(plt, kadisTask.id(), Completion.done(kadisTask.version()).withoutOutput("Lisan"));
		}
		finally {
			// the other tests share this database: the Kepala Dinas has no Plt. beyond
			// this one
			this.jdbc.update("delete from position_assignment where person_id = ? and position_id = ? and kind = 'PLT'",
					plt.personId(), kadisPosition);
		}

		TaskView done = this.f.detail("kadis.sanggau", id).tasks().get(0);
		assertThat(done.completedByName()).isEqualTo("Stefanus Adi Pratama, S.H.");
		assertThat(done.completedActing()).isEqualTo("PLT");
		CaseEventView event = this.history.events(CaseId.of(id))
			.stream()
			.filter(e -> e.type() == EventType.STEP_COMPLETED)
			.findFirst()
			.orElseThrow();
		assertThat(event.actorPosition()).isEqualTo("Plt. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa");
		assertThat(event.acting()).isEqualTo("PLT");
	}

	@Test
	void aPlhOfTheOriginVillagesHeadAppointedBeforeItsStepReceivesIt() {
		Long id = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Jalan usaha tani (Plh. Kepala Desa)",
				"Desa Simpang Naneng", Sifat.BIASA);
		this.f.done("kasi.ppmd.benualima", id);
		// the village's head is away: the Kepala Desa of Taniran stands in as Plh.
		AlurUser plh = this.f.user("kades.benualima");
		Long head = this.jdbc.queryForObject("select id from position where code = 'kades-simpangnaneng'", Long.class);
		this.administration.appointActing(plh.kabupatenId(), plh.personId(), head, AssignmentKind.PLH,
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(14));
		try {
			this.f.done("kasi.ppmd.benualima", id);
			this.f.done("kasi.ppmd.benualima", id);
			TaskView approval = this.f.open("kades.benualima", id);
			assertThat(approval.positionTitle()).isEqualTo("Kepala Desa Simpang Naneng");
			this.f.complete("kades.benualima", id, Outcome.YA, "Disetujui Plh.");
			TaskView done = this.f.detail("kasi.ppmd.benualima", id)
				.tasks()
				.stream()
				.filter(t -> "B.1".equals(t.stepNo()))
				.findFirst()
				.orElseThrow();
			assertThat(done.completedByName()).isEqualTo("Samuel Iber");
			assertThat(done.completedActing()).isEqualTo("PLH");
		}
		finally {
			// the other tests share this database
			this.jdbc.update("delete from position_assignment where person_id = ? and position_id = ? and kind = 'PLH'",
					plh.personId(), head);
		}
	}

	@Test
	void twoPeopleCompletingOneTaskAtOnceOneWinsTheOtherIsToldWho() throws Exception {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Balapan penyelesaian", "Uji", Sifat.BIASA);
		TaskView task = this.f.open("kadis.sanggau", id);
		AlurUser kadis = this.f.user("kadis.sanggau");
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				go.await();
				try {
					this.f.cases.complete(kadis, task.id(),
							Completion.done(task.version()).withoutOutput("Disposisi lisan"));
					return "ok";
				}
				catch (CaseworkException.Conflict ex) {
					return ex.code();
				}
			}));
		}
		go.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> r : results) {
			outcomes.add(r.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("ok", "casework.task.doneBy");
		CaseDetail detail = this.f.detail("kadis.sanggau", id);
		assertThat(detail.tasks()).extracting(TaskView::stepNo).containsExactly("1", "2");
		assertThat(detail.events().stream().filter(e -> e.type() == EventType.STEP_COMPLETED)).hasSize(1);
	}

	@Test
	void theSameFormSentTwiceIsAppliedOnce() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Klik ganda", "Uji", Sifat.BIASA);
		TaskView task = this.f.open("kadis.sanggau", id);
		UUID token = UUID.randomUUID();
		Completion form = new Completion(task.version(), Outcome.DONE, null, "Kabid: koordinasikan", Sifat.BIASA, null,
				null, "Lisan", token);
		this.f.cases.complete(this.f.user("kadis.sanggau"), task.id(), form);
		TaskView next = this.f.open("kadis.sanggau", id);
		assertThatThrownBy(() -> this.f.cases.complete(this.f.user("kadis.sanggau"), next.id(),
				new Completion(next.version(), Outcome.DONE, null, null, null, null, null, "Lisan", token)))
			.isInstanceOfSatisfying(CaseworkException.Conflict.class,
					e -> assertThat(e.code()).isEqualTo("casework.doubleSubmit"));
		assertThat(this.f.open("kadis.sanggau", id).stepNo()).isEqualTo("2");
	}

	@Test
	void anActionThatLosesToACancellationIsToldWhoCancelledAndWhy() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Dibatalkan selagi dikerjakan", "Uji", Sifat.BIASA);
		TaskView task = this.f.open("kadis.sanggau", id);
		this.f.cases.cancel(this.f.user("kadis.sanggau"), id, "Surat ditarik pengirim", UUID.randomUUID());
		assertThatThrownBy(
				() -> this.f.cases.complete(this.f.user("kadis.sanggau"), task.id(),
						new Completion(task.version(), Outcome.DONE, null, "Kabid: tindak lanjuti", Sifat.BIASA, null,
								null, "Lisan", UUID.randomUUID())))
			.isInstanceOfSatisfying(CaseworkException.Conflict.class, e -> {
				assertThat(e.code()).isEqualTo("casework.task.cancelledBy");
				assertThat(e.args()).containsExactly("Maria Lince Tamba, S.Sos, M.Si", "Surat ditarik pengirim");
			});
	}

	@Test
	void fiftyConcurrentSignaturesGetFiftyDistinctConsecutiveNumbers() throws Exception {
		// seed 002 row 6: the Bupati's signature numbers the Kesepakatan Bersama
		AlurUser bupati = this.f.user("bupati.lamandau");
		List<Long> versions = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			versions.add(this.f.atSigning002("Surat bernomor " + i));
		}
		int before = this.f.numberCounter("bupati.lamandau");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> numbers = new ArrayList<>();
		for (Long version : versions) {
			Callable<String> sign = () -> {
				go.await();
				return this.f.documents.sign(bupati, version, null, CaseworkFixture.PASSWORD);
			};
			numbers.add(pool.submit(sign));
		}
		go.countDown();
		List<String> given = new ArrayList<>();
		for (Future<String> n : numbers) {
			given.add(n.get());
		}
		pool.shutdown();
		assertThat(given).doesNotContainNull().doesNotHaveDuplicates().hasSize(50);
		// consecutive: the unit's counter moved by exactly fifty, and each running number
		// from before + 1 to before + 50 appears in one of them
		assertThat(this.f.numberCounter("bupati.lamandau")).isEqualTo(before + 50);
		for (int running = before + 1; running <= before + 50; running++) {
			String urut = "/" + running + "/";
			assertThat(given).filteredOn(n -> n.contains(urut)).hasSize(1);
		}
	}

	@Test
	void dueTimesFollowTheWorkingCalendar() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Tenggat", "Desa Sei Tekam",
				Sifat.BIASA);
		this.f.done("kasi.kerjasama.sanggau", id);
		TaskView bupati = this.f.open("bupati.sanggau", id);
		var calendar = this.calendars.calendar();
		// row 2: "1-7 Hari" = 1 to 7 working days
		assertThat(bupati.nearAt()).isEqualTo(calendar.plusWorkingDays(bupati.createdAt(), 1));
		assertThat(bupati.dueAt()).isEqualTo(calendar.plusWorkingDays(bupati.createdAt(), 7));
		assertThat(calendar.workingMinutesBetween(bupati.createdAt(), bupati.dueAt())).isBetween(7 * 480L - 480,
				7 * 480L);
		// the holidays of the data are in the calendar: Christmas 2026 and its cuti
		// bersama
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
	}

	@Test
	void stepsWithoutATimeStandardHaveNoDueTime() {
		Long id = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Tanpa tenggat", "Desa Taniran", Sifat.BIASA);
		TaskView task = this.f.open("kasi.ppmd.benualima", id);
		assertThat(task.dueAt()).isNull();
		assertThat(task.nearAt()).isNull();
	}

	@Test
	void aLamandauUserCannotActOnOrSeeASanggauTask() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Milik Sanggau", "Uji", Sifat.BIASA);
		TaskView task = this.f.open("kadis.sanggau", id);
		AlurUser lamandau = this.f.user("bupati.lamandau");
		assertThatThrownBy(() -> this.f.cases.complete(lamandau, task.id(), Completion.done(task.version())))
			.isInstanceOf(CaseworkException.NotFound.class);
		assertThatThrownBy(() -> this.f.queries.detail(lamandau, id)).isInstanceOf(CaseworkException.NotFound.class);
		assertThatThrownBy(() -> this.f.cases.cancel(this.f.user("admin.lamandau"), id, "iseng", null))
			.isInstanceOf(CaseworkException.NotFound.class);
	}

	@Test
	void aRahasiaCaseIsSeenOnlyByThoseOnItAndTheirSuperiors() {
		Long secret = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Rahasia", "Desa Sei Tekam",
				Sifat.RAHASIA);
		Long open = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Biasa", "Desa Sei Tekam",
				Sifat.BIASA);
		assertThatThrownBy(() -> this.f.detail("staf.kerjasama.sanggau", secret))
			.isInstanceOf(CaseworkException.NotFound.class);
		assertThat(this.f.detail("staf.kerjasama.sanggau", open).summary().perihal()).isEqualTo("Biasa");
		assertThat(this.f.detail("kabid.kerjasama.sanggau", secret).summary().perihal()).isEqualTo("Rahasia");
		assertThat(this.f.detail("kadis.sanggau", secret).summary().perihal()).isEqualTo("Rahasia");
	}

	@Test
	void onlyTheHolderActsAndOthersWhoMaySeeAreToldWhy() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Bukan tugas Anda", "Desa Sei Tekam",
				Sifat.BIASA);
		TaskView task = this.f.open("kasi.kerjasama.sanggau", id);
		assertThatThrownBy(() -> this.f.cases.complete(this.f.user("kabid.kerjasama.sanggau"), task.id(),
				Completion.done(task.version()).withoutOutput("-")))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.task.notYours"));
	}

	@Test
	void tidakNeedsAReasonAndDecisionsNeedYaOrTidak() {
		Long id = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Keputusan", "Desa Taniran", Sifat.BIASA);
		for (int i = 0; i < 3; i++) {
			this.f.done("kasi.ppmd.benualima", id);
		}
		TaskView decision = this.f.open("kades.benualima", id);
		AlurUser kades = this.f.user("kades.benualima");
		assertThatThrownBy(() -> this.f.cases.complete(kades, decision.id(), Completion.done(decision.version())))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.complete.decisionNeeded"));
		assertThatThrownBy(() -> this.f.cases.complete(kades, decision.id(),
				new Completion(decision.version(), Outcome.TIDAK, " ", null, null, null, null, null, null)))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class, e -> assertThat(e.field()).isEqualTo("reason"));
	}

	@Test
	void theCaseOwnerUnitHeadCancelsWithAReasonOthersMayNot() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Dibatalkan", "Desa Sei Tekam",
				Sifat.BIASA);
		assertThatThrownBy(() -> this.f.cases.cancel(this.f.user("staf.kerjasama.sanggau"), id, "bosan", null))
			.isInstanceOf(CaseworkException.NotAllowed.class);
		assertThatThrownBy(() -> this.f.cases.cancel(this.f.user("kasi.kerjasama.sanggau"), id, "", null))
			.isInstanceOf(CaseworkException.Invalid.class);
		this.f.cases.cancel(this.f.user("kasi.kerjasama.sanggau"), id, "Desa menarik permohonan", null);
		CaseDetail detail = this.f.detail("kasi.kerjasama.sanggau", id);
		assertThat(detail.summary().status()).isEqualTo(CaseStatus.DIBATALKAN);
		assertThat(detail.summary().cancelReason()).isEqualTo("Desa menarik permohonan");
		assertThat(detail.tasks().get(0).status()).isEqualTo(TaskStatus.CANCELLED);
	}

	@Test
	void theHistoryRefusesChangesAndTheChainCheckDetectsTampering() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Riwayat", "Uji", Sifat.BIASA);
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kabid: koordinasikan");
		assertThat(this.history.verify(CaseId.of(id)).intact()).isTrue();
		assertThatThrownBy(() -> this.jdbc.update("update case_event set note = 'diubah' where case_id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from case_event where case_id = ?", id))
			.isInstanceOf(DataAccessException.class);

		// someone with the table owner's rights switches the guard off and edits an event
		this.jdbc.execute("alter table case_event disable trigger case_event_no_update");
		try {
			this.jdbc.update("update case_event set note = 'Kabid: abaikan' where case_id = ? and seq = 2", id);
		}
		finally {
			this.jdbc.execute("alter table case_event enable trigger case_event_no_update");
		}
		ChainCheck check = this.history.verify(CaseId.of(id));
		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void uploadsAreCheckedByContentSizedHashedAndVersioned() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Unggahan", "Uji", Sifat.BIASA);
		assertThatThrownBy(() -> this.f.upload("kadis.sanggau", id, null, "Palsu", "surat.pdf", "bukan pdf".getBytes()))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.type"));
		byte[] tooLarge = new byte[21 * 1024 * 1024];
		System.arraycopy(CaseworkFixture.pdf("x"), 0, tooLarge, 0, 8);
		assertThatThrownBy(() -> this.f.upload("kadis.sanggau", id, null, "Besar", "besar.pdf", tooLarge))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("casework.upload.tooLarge"));
		assertThatThrownBy(() -> this.f.upload("staf.kerjasama.sanggau", id, null, "Orang lain", "a.pdf",
				CaseworkFixture.pdf("a")))
			.isInstanceOf(CaseworkException.class);

		Long v1 = this.f.upload("kadis.sanggau", id, null, "Lampiran", "../../etc/foto.pdf", CaseworkFixture.png());
		CaseDetail.DocumentView document = this.f.detail("kadis.sanggau", id).documents().get(0);
		Long v2 = this.f.upload("kadis.sanggau", id, document.id(), null, "lampiran.pdf", CaseworkFixture.pdf("v2"));
		CaseDetail.DocumentView after = this.f.detail("kadis.sanggau", id).documents().get(0);
		assertThat(after.versions()).extracting(CaseDetail.VersionView::number).containsExactly(1, 2);
		CaseDetail.VersionView first = after.versions().get(0);
		assertThat(first.contentType()).isEqualTo("image/png");
		// named by what it was checked as
		assertThat(first.fileName()).isEqualTo("foto.png");
		assertThat(first.sha256()).hasSize(64).isNotEqualTo(after.versions().get(1).sha256());
		assertThat(this.f.documents.download(this.f.user("kadis.sanggau"), v1).bytes())
			.isEqualTo(CaseworkFixture.png());
		assertThat(this.f.documents.download(this.f.user("kadis.sanggau"), v2).bytes())
			.isEqualTo(CaseworkFixture.pdf("v2"));
		assertThatThrownBy(() -> this.f.documents.download(this.f.user("sekda.lamandau"), v1))
			.isInstanceOf(CaseworkException.NotFound.class);
	}

	@Test
	void officeFilesAreRecognisedByTheirPackage() {
		UploadLimits limits = new UploadLimits(20 << 20, 100 << 20, 10_000);
		assertThat(FileType.detect(CaseworkFixture.docx(), limits)).hasValue(FileType.DOCX);
		assertThat(FileType.detect(CaseworkFixture.png(), limits)).hasValue(FileType.PNG);
		assertThat(FileType.detect(new byte[] { 'P', 'K', 3, 4, 0, 0 }, limits)).isEmpty();
	}

}
