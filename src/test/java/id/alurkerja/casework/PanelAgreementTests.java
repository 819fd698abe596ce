package id.alurkerja.casework;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import id.alurkerja.casework.CaseDetail.DelegationView;
import id.alurkerja.casework.CaseDetail.DocumentView;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.casework.CaseDetail.VersionView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.StepKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.fail;

/**
 * The case page offers a user exactly what the office's rules let them do. Along the four
 * seed journeys, at every state a case reaches, every demo account of the kabupaten gets
 * its action panel, and then every action is tried (each in a transaction that is rolled
 * back): what the panel offers must succeed, what it does not offer must be refused. All
 * disagreements are collected and reported together.
 */
@SpringBootTest
@Import(CaseworkFixture.class)
class PanelAgreementTests {

	private static final String REASON = "Diuji oleh PanelAgreementTests";

	@Autowired
	CaseworkFixture f;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@PersistenceContext
	EntityManager entityManager;

	private final List<String> disagreements = new ArrayList<>();

	private final Map<Long, List<AlurUser>> accounts = new LinkedHashMap<>();

	private int states;

	private int attempts;

	/**
	 * Per action: how often it was offered and succeeded, not offered and refused, etc.
	 */
	private final Map<String, Map<String, Integer>> tally = new TreeMap<>();

	@Test
	void atEveryStepOfTheSeedJourneysEachUserIsOfferedExactlyWhatTheRulesLetThemDo() {
		long started = System.nanoTime();
		seed001();
		seed002();
		seed003();
		seed004();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		StringBuilder report = new StringBuilder();
		report.append("%nPanel agreement: %d states, %d actions tried, %d disagreements, %d.%03d s%n"
			.formatted(this.states, this.attempts, this.disagreements.size(), took.toSeconds(), took.toMillisPart()));
		Map<String, Integer> kinds = new TreeMap<>();
		for (String d : this.disagreements) {
			String[] parts = d.split(" \\| ");
			kinds.merge(parts[2].replaceAll(" .*", "") + " | " + parts[3] + " | " + parts[4], 1, Integer::sum);
		}
		report.append("Tried (action: offered and succeeded / not offered and refused / disagreeing):\n");
		this.tally.forEach((action, counts) -> report
			.append("  %-13s %5d / %5d / %3d%n".formatted(action, counts.getOrDefault("offered succeeded", 0),
					counts.getOrDefault("not offered refused", 0), counts.getOrDefault("disagreeing", 0))));
		report.append("Disagreements by action, offered?, outcome:\n");
		kinds.forEach((k, n) -> report.append("  %4d  %s%n".formatted(n, k)));
		report.append("All (state | user | action | offered? | outcome):\n");
		this.disagreements.forEach(d -> report.append("  ").append(d).append('\n'));
		System.out.println(report);
		if (!this.disagreements.isEmpty()) {
			fail(this.disagreements.size() + " disagreements between the action panel and the services:" + report);
		}
	}

	// -- the journeys, as SeedJourneyTests drives them ---------------------------------

	private void seed001() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01",
				"Rancangan Peraturan Bersama Kepala Desa (kesesuaian panel)", "Desa Sei Tekam", Sifat.BIASA);
		check("001 row 1, registered", id);
		this.f.upload("kasi.kerjasama.sanggau", id, null, "Rancangan Permakades", "rancangan.pdf",
				CaseworkFixture.pdf("rancangan"));
		check("001 row 1, rancangan uploaded", id);
		this.f.complete("kasi.kerjasama.sanggau", id, Outcome.DONE, "Mohon arahan Bapak Bupati");
		check("001 row 2, at the Bupati", id);
		this.f.complete("bupati.sanggau", id, Outcome.DONE, "Kadis DPMPD: telaah dan siapkan masukan");
		check("001 row 3, at the Kadis", id);
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kabid: tindak lanjuti disposisi Bupati");
		check("001 row 5, at the Kabid", id);
		this.f.complete("kabid.kerjasama.sanggau", id, Outcome.DONE, "Kasi: pelajari rancangan");
		check("001 row 6, at the Kasi", id);
		this.f.done("kasi.kerjasama.sanggau", id);
		check("001 row 7, at the Kasi", id);
		this.f.complete("kasi.kerjasama.sanggau", id, Outcome.DONE, "Staf: siapkan bahan");
		check("001 row 8, at the Staf", id);
		this.f.upload("staf.kerjasama.sanggau", id, null, "Bahan kajian", "bahan.docx", CaseworkFixture.docx());
		check("001 row 8, bahan uploaded", id);
		this.f.done("staf.kerjasama.sanggau", id);
		check("001 row 9, at the Kadis", id);
		TaskView row9 = this.f.open("kadis.sanggau", id);
		Long toKabid = this.f.cases.delegate(this.f.user("kadis.sanggau"), row9.id(), new Delegate(
				position("kabid.kerjasama.sanggau"), null, "Siapkan masukan atas rancangan", Sifat.SEGERA, null, null));
		check("001 row 9, delegated to the Kabid", id);
		Long toKasi = this.f.cases.delegate(this.f.user("kabid.kerjasama.sanggau"), row9.id(),
				new Delegate(position("kasi.kerjasama.sanggau"), null, "Susun telaahan", Sifat.SEGERA, null, null));
		check("001 row 9, the Kabid handed it on to the Kasi", id);
		this.f.cases.reportBack(this.f.user("kasi.kerjasama.sanggau"), toKasi, "Telaahan selesai, rancangan layak",
				null);
		check("001 row 9, the Kasi reported back", id);
		this.f.cases.reportBack(this.f.user("kabid.kerjasama.sanggau"), toKabid, "Telaahan Kasi kami setujui", null);
		check("001 row 9, the Kabid reported back", id);
		this.f.upload("kadis.sanggau", id, null, "Draft Surat Bupati", "draft-surat-bupati.pdf",
				CaseworkFixture.pdf("draft"));
		this.f.done("kadis.sanggau", id);
		check("001 row 10, at the Bupati with the draft", id);
		this.f.upload("bupati.sanggau", id, null, "Surat Bupati", "surat-bupati.pdf", CaseworkFixture.pdf("surat"));
		this.f.done("bupati.sanggau", id);
		check("001 finished", id);
	}

	private void seed002() {
		Long id = this.f.start("tkksd.lamandau", "LMD-KSAD-01", "Kerja sama jalan poros (kesesuaian panel)",
				"Pemerintah Kabupaten Sukamara", Sifat.SEGERA);
		check("002 row 1, registered", id);
		this.f.done("tkksd.lamandau", id);
		check("002 row 2, sub-tasks to tick", id);
		for (int i = 2; i <= 5; i++) {
			this.f.done("tkksd.lamandau", id);
		}
		check("002 row 6, the Bupati decides on the KB", id);
		this.f.complete("bupati.lamandau", id, Outcome.TIDAK, "Pasal pembiayaan belum jelas");
		check("002 row 5, returned by the Bupati", id);
		this.f.done("tkksd.lamandau", id);
		this.f.complete("bupati.lamandau", id, Outcome.TIDAK, "Jangka waktu kerja sama perlu dipersingkat");
		this.f.done("tkksd.lamandau", id);
		this.f.complete("bupati.lamandau", id, Outcome.YA, "Lanjutkan ke PKS");
		check("002 row 7, at the Perangkat Daerah Teknis", id);
		this.f.done("pd.lamandau", id);
		check("002 row 8, TKKSD evaluates the PKS", id);
		this.f.complete("tkksd.lamandau", id, Outcome.TIDAK, "Belum selaras dengan RPJMD");
		check("002 row 7, returned by TKKSD", id);
		this.f.done("pd.lamandau", id);
		this.f.complete("tkksd.lamandau", id, Outcome.YA, null);
		check("002 row 9, the Sekda verifies", id);
		this.f.complete("sekda.lamandau", id, Outcome.YA, null);
		check("002 row 10, the Bupati signs the PKS", id);
		this.f.complete("bupati.lamandau", id, Outcome.YA, null);
		check("002 row 11, filing", id);
		this.f.done("tkksd.lamandau", id);
		check("002 finished", id);
	}

	private void seed003() {
		AlurUser kasi = this.f.user("kasi.ppmd.benualima");
		Long id = this.f.startFrom("kasi.ppmd.benualima", "BTM-PPMD-01", "Jalan usaha tani (kesesuaian panel)",
				"Desa Taniran", Sifat.BIASA);
		check("003 A.1, registered", id);
		for (int i = 0; i < 3; i++) {
			this.f.done("kasi.ppmd.benualima", id);
		}
		check("003 B.1, the Kepala Desa decides on the budget", id);
		this.f.complete("kades.benualima", id, Outcome.TIDAK, "Anggaran melebihi pagu dana desa");
		check("003 A.3, returned by the Kepala Desa", id);
		this.f.done("kasi.ppmd.benualima", id);
		this.f.complete("kades.benualima", id, Outcome.YA, "Anggaran disetujui");
		check("003 B.2, execution with recurring reports", id);
		TaskView pelaksanaan = this.f.open("kasi.ppmd.benualima", id);
		this.f.cases.submitReport(kasi, pelaksanaan.id(), ReportKind.HARIAN, "Pengerasan badan jalan 120 m");
		this.f.cases.submitReport(kasi, pelaksanaan.id(), ReportKind.MINGGUAN, "Minggu pertama: 40% selesai");
		check("003 B.2, two reports sent", id);
		this.f.done("kasi.ppmd.benualima", id);
		TaskView monitoring = this.f.open("kasi.ppmd.benualima", id);
		this.f.cases.submitReport(kasi, monitoring.id(), ReportKind.BULANAN, "Bulan pertama: sesuai rencana");
		check("003 B.3, monitoring, a monthly report sent", id);
		this.f.done("kasi.ppmd.benualima", id);
		this.f.done("kasi.ppmd.benualima", id);
		check("003 C.2, report to the Camat", id);
		this.f.done("kasi.ppmd.benualima", id);
		this.f.done("kasi.ppmd.benualima", id);
		check("003 finished", id);
	}

	private void seed004() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Perjanjian Kinerja 2027 (kesesuaian panel)",
				"Sekretariat Daerah", Sifat.BIASA);
		check("004 row 1, registered", id);
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kabid APD: koordinasikan penyusunan PK");
		this.f.complete("kadis.sanggau", id, Outcome.DONE, "Kasi: susun konsep");
		check("004 row 3, the Kasi drafts", id);
		this.f.upload("kasi.keuangan.sanggau", id, null, null, "pk-2027.docx", CaseworkFixture.docx());
		check("004 row 3, v1 of the Perjanjian Kinerja uploaded", id);
		this.f.done("kasi.keuangan.sanggau", id);
		check("004 row 4, correction asked (no paraf here)", id);
		this.f.done("kasi.keuangan.sanggau", id);
		Long v2 = this.f.upload("kasi.keuangan.sanggau", id, null, null, "pk-2027-perbaikan.pdf",
				CaseworkFixture.pdf("perbaikan"));
		check("004 row 5, v2 uploaded", id);
		this.f.done("kasi.keuangan.sanggau", id);
		check("004 row 6, paraf asked of the Kabid and the Sekretaris", id);
		this.f.paraf("kabid.apd.sanggau", v2);
		check("004 row 6, v2 initialled by the Kabid", id);
		this.f.paraf("sekretaris.sanggau", v2);
		check("004 row 6, v2 initialled by both lanes", id);
		this.f.done("kasi.keuangan.sanggau", id);
		check("004 row 7, the Kadis checks and signs", id);
		this.f.documents.sign(this.f.user("kadis.sanggau"), v2, "000.8.3.3", CaseworkFixture.PASSWORD);
		check("004 row 7, v2 signed", id);
		this.f.done("kadis.sanggau", id);
		this.f.done("kasi.keuangan.sanggau", id);
		check("004 row 9, numbering and sending", id);
		this.f.documents.number(this.f.user("kasi.keuangan.sanggau"), v2);
		check("004 row 9, v2 numbered", id);
		this.f.done("kasi.keuangan.sanggau", id);
		check("004 finished", id);
	}

	// -- one state: every account, every action ----------------------------------------

	private void check(String state, Long caseId) {
		this.states++;
		AlurUser admin = this.f.user(adminOf(caseId));
		CaseDetail ref = this.f.queries.detail(admin, caseId);
		Optional<TaskView> open = ref.openTask();
		TaskView task = open.orElse(ref.tasks().get(ref.tasks().size() - 1));
		boolean decision = ref.revision().content().step(task.stepNo()).orElseThrow().kind() == StepKind.DECISION;
		List<Long> openDelegations = ref.delegations()
			.stream()
			.filter(d -> "OPEN".equals(d.status()))
			.map(DelegationView::id)
			.toList();
		List<Long> latestUnsigned = ref.documents()
			.stream()
			.map(DocumentView::latest)
			.filter(v -> v.signedAt() == null)
			.map(VersionView::id)
			.toList();
		List<Long> signedUnnumbered = ref.documents()
			.stream()
			.map(DocumentView::latest)
			.filter(v -> v.signedAt() != null && v.nomor() == null)
			.map(VersionView::id)
			.toList();
		String klasifikasi = this.jdbc.queryForObject("select min(code) from klasifikasi_arsip", String.class);
		for (AlurUser user : accountsOf(admin.kabupatenId())) {
			ActionPanel panel = panel(user, caseId);
			String who = user.getUsername();
			try_(state, who, "take", panel.take(), () -> this.f.cases.take(user, task.id(), task.version()));
			try_(state, who, "complete", panel.complete(),
					() -> this.f.cases.complete(user, task.id(),
							new Completion(task.version(), decision ? Outcome.YA : Outcome.DONE, REASON, REASON,
									Sifat.BIASA, null, null, REASON, UUID.randomUUID())));
			try_(state, who, "tick", panel.complete() && !panel.checklist().isEmpty(),
					() -> this.f.cases.tick(user, task.id(), 0, true));
			if (!panel.delegateTo().isEmpty()) {
				for (ActionPanel.PositionChoice to : panel.delegateTo()) {
					try_(state, who, "delegate to " + to.title(), true, () -> delegate(user, task, to.positionId()));
				}
			}
			else {
				PositionView to = notOfferedDelegationTarget(user);
				try_(state, who, "delegate to " + to.title(), false, () -> delegate(user, task, to.id()));
			}
			for (Long delegationId : openDelegations) {
				try_(state, who, "reportBack on delegation " + delegationId,
						delegationId.equals(panel.reportDelegationId()),
						() -> this.f.cases.reportBack(user, delegationId, REASON, UUID.randomUUID()));
			}
			for (ReportKind kind : ReportKind.values()) {
				try_(state, who, "submitReport " + kind, panel.reportKinds().contains(kind),
						() -> this.f.cases.submitReport(user, task.id(), kind, REASON));
			}
			try_(state, who, "upload", panel.upload(), () -> this.f.documents.upload(user, caseId, null, "Lampiran uji",
					"lampiran.pdf", CaseworkFixture.pdf("uji")));
			for (Long versionId : latestUnsigned) {
				try_(state, who, "paraf version " + versionId, panel.parafVersionIds().contains(versionId),
						() -> this.f.documents.paraf(user, versionId));
				try_(state, who, "sign version " + versionId, panel.signVersionIds().contains(versionId),
						() -> this.f.documents.sign(user, versionId, klasifikasi, CaseworkFixture.PASSWORD));
			}
			for (Long versionId : signedUnnumbered) {
				try_(state, who, "number version " + versionId, panel.numberVersionIds().contains(versionId),
						() -> this.f.documents.number(user, versionId));
			}
			try_(state, who, "cancel", panel.cancel(),
					() -> this.f.cases.cancel(user, caseId, REASON, UUID.randomUUID()));
		}
	}

	/** The panel the case page would show; a case the user may not see shows none. */
	private ActionPanel panel(AlurUser user, Long caseId) {
		try {
			return this.f.queries.panel(user, this.f.queries.detail(user, caseId));
		}
		catch (CaseworkException.NotFound ex) {
			return ActionPanel.none();
		}
	}

	/**
	 * Tries one action in a transaction that is always rolled back; notes it when the
	 * outcome disagrees with what the panel offered.
	 */
	private void try_(String state, String user, String action, boolean offered, Runnable call) {
		this.attempts++;
		String outcome = new TransactionTemplate(this.transactions).execute(status -> {
			status.setRollbackOnly();
			try {
				call.run();
				// what the action would write at commit is written now, so it can fail
				// here
				this.entityManager.flush();
				return "succeeded";
			}
			catch (CaseworkException ex) {
				return "refused " + ex.getClass().getSimpleName() + " " + ex.code();
			}
			catch (RuntimeException ex) {
				return "ERROR " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		});
		boolean succeeded = "succeeded".equals(outcome);
		boolean agrees = succeeded == offered && !outcome.startsWith("ERROR");
		String kind = action.replaceAll(" .*", "");
		this.tally.computeIfAbsent(kind, k -> new TreeMap<>())
			.merge(agrees ? (offered ? "offered succeeded" : "not offered refused") : "disagreeing", 1, Integer::sum);
		if (!agrees) {
			this.disagreements
				.add(String.join(" | ", state, user, action, offered ? "offered" : "not offered", outcome));
		}
	}

	private void delegate(AlurUser user, TaskView task, Long toPositionId) {
		this.f.cases.delegate(user, task.id(),
				new Delegate(toPositionId, null, REASON, Sifat.BIASA, null, UUID.randomUUID()));
	}

	/** A subordinate of one of the user's positions, else any position not theirs. */
	private PositionView notOfferedDelegationTarget(AlurUser user) {
		List<Holding> holdings = this.f.queries.actor(user).holdings();
		for (Holding h : holdings) {
			List<PositionView> below = this.directory.subordinatesOf(user.kabupatenId(), h.position().id());
			if (!below.isEmpty()) {
				return below.get(0);
			}
		}
		return this.directory.positions(user.kabupatenId())
			.stream()
			.filter(p -> holdings.stream().noneMatch(h -> h.position().id().equals(p.id())))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	/** Every enabled account of the kabupaten, from the database. */
	private List<AlurUser> accountsOf(Long kabupatenId) {
		return this.accounts.computeIfAbsent(kabupatenId,
				k -> this.jdbc.queryForList("""
						select a.username from user_account a join person p on p.id = a.person_id
						where p.kabupaten_id = ? and a.enabled order by a.username""", String.class, k)
					.stream()
					.map(this.f::user)
					.toList());
	}

	private String adminOf(Long caseId) {
		return this.jdbc.queryForObject("""
				select a.username from user_account a join person p on p.id = a.person_id
				where a.admin and p.kabupaten_id = (select kabupaten_id from case_file where id = ?)
				order by a.id limit 1""", String.class, caseId);
	}

	private Long position(String username) {
		return this.f.queries.actor(this.f.user(username)).senior().orElseThrow().position().id();
	}

}
