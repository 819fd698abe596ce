package id.alurkerja.casework;

import java.time.LocalDate;

import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.support.TestDocuments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Drives cases through the service layer as the demo users would. Its context counts the
 * statements each action sends ({@link StatementCounter}), so the tests that measure them
 * share the context of the other casework tests.
 */
@Component
@Import(StatementCounter.class)
class CaseworkFixture {

	/** Every demo account's password, which a signer types again to sign. */
	static final String PASSWORD = "alurdemo";

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseService cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgDirectory directory;

	AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

	Long start(String username, String sopCode, String perihal, String suratDari, Sifat sifat) {
		return this.cases.start(user(username),
				new StartCase(sopCode, perihal, suratDari, null, null, LocalDate.now(), sifat));
	}

	/**
	 * Registers a case of an SOP that serves many units, coming from the named unit (its
	 * origin, e.g. "Desa Taniran").
	 */
	Long startFrom(String username, String sopCode, String perihal, String originUnit, Sifat sifat) {
		return this.cases.start(user(username), new StartCase(sopCode, perihal, originUnit, null, null, LocalDate.now(),
				sifat, unitId(username, originUnit)));
	}

	Long unitId(String username, String unitName) {
		return this.directory.unitByName(user(username).kabupatenId(), unitName).orElseThrow().id();
	}

	CaseDetail detail(String username, Long caseId) {
		return this.queries.detail(user(username), caseId);
	}

	TaskView open(String username, Long caseId) {
		return detail(username, caseId).openTask().orElseThrow();
	}

	/**
	 * Completes the open step; steps whose output nobody uploaded go on with a stated
	 * reason.
	 */
	void complete(String username, Long caseId, Outcome outcome, String reasonOrArahan) {
		TaskView task = open(username, caseId);
		String reason = (outcome == Outcome.TIDAK) ? reasonOrArahan : null;
		String arahan = (outcome == Outcome.TIDAK) ? null : reasonOrArahan;
		this.cases.complete(user(username), task.id(), new Completion(task.version(), outcome, reason, arahan, null,
				null, null, "Dicatat pada lembar disposisi di Alur", null));
	}

	void done(String username, Long caseId) {
		complete(username, caseId, Outcome.DONE, null);
	}

	/**
	 * A case of seed 004 brought to row 7, where the Kepala Dinas signs: its Perjanjian
	 * Kinerja drafted at row 3 (rows 4 to 6 go on with a reason). Returns the version to
	 * sign.
	 */
	Long atSigning004(String perihal) {
		Long id = start("kadis.sanggau", "DPMPEMDES-PK-01", perihal, "Uji", Sifat.BIASA);
		done("kadis.sanggau", id);
		done("kadis.sanggau", id);
		Long version = upload("kasi.keuangan.sanggau", id, null, null, "pk.pdf", pdf(perihal));
		for (int row = 3; row <= 6; row++) {
			done("kasi.keuangan.sanggau", id);
		}
		return version;
	}

	/**
	 * A case of seed 002 brought to row 6, where the Bupati signs the Kesepakatan Bersama
	 * and the signature numbers it. Returns the version to sign.
	 */
	Long atSigning002(String perihal) {
		Long id = start("tkksd.lamandau", "LMD-KSAD-01", perihal, "Bupati Sukamara", Sifat.BIASA);
		for (int row = 1; row <= 4; row++) {
			done("tkksd.lamandau", id);
		}
		Long version = upload("tkksd.lamandau", id, null, null, "kb.pdf", pdf(perihal));
		done("tkksd.lamandau", id);
		return version;
	}

	/**
	 * Completes the open step with no reason for a missing output: the output must be
	 * there.
	 */
	void completeWithoutReason(String username, Long caseId) {
		TaskView task = open(username, caseId);
		this.cases.complete(user(username), task.id(), Completion.done(task.version()));
	}

	/**
	 * The last official number given this year in the unit of the person's most senior
	 * position (0 when none).
	 */
	int numberCounter(String username) {
		Long unitId = this.queries.actor(user(username)).senior().orElseThrow().position().unitId();
		return this.jdbc.queryForObject(
				"select coalesce(max(last), 0) from number_counter where unit_id = ? and year = extract(year from now())",
				Integer.class, unitId);
	}

	/**
	 * A new case of seed 003 waiting at the Bupati's step, an hour past due: the only
	 * open task the overdue job has left to mark (every other one counts as notified).
	 */
	Overdue overdueAtTheBupati(String perihal) {
		Long id = start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", perihal, "Desa Sei Tekam", Sifat.BIASA);
		done("kasi.kerjasama.sanggau", id);
		TaskView bupati = open("bupati.sanggau", id);
		this.jdbc.update("update task set overdue_notified_at = now() where status = 'OPEN' "
				+ "and overdue_notified_at is null and id <> ?", bupati.id());
		this.jdbc.update("update task set due_at = now() - interval '1 hour' where id = ?", bupati.id());
		return new Overdue(id, bupati);
	}

	record Overdue(Long caseId, TaskView task) {
	}

	Long upload(String username, Long caseId, Long documentId, String title, String fileName, byte[] bytes) {
		return this.documents.upload(user(username), caseId, documentId, title, fileName, bytes);
	}

	void paraf(String username, Long versionId) {
		this.documents.paraf(user(username), versionId);
	}

	static byte[] pdf(String text) {
		return TestDocuments.pdf(text);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
	}

	static byte[] docx() {
		return TestDocuments.docx();
	}

}
