package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopRevisionView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The actions that move a case along its SOP, each in one transaction holding the case's
 * row lock: load the {@link Case}, call one transition, save it (its history is recorded
 * from its events in the same transaction), all or nothing.
 */
@Service
@Transactional
public class CaseService {

	private final CaseFileRepository cases;

	private final CaseStore store;

	private final CaseAccess access;

	private final SopCatalog sops;

	private final OrgDirectory directory;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DocumentService documents;

	private final ActionTokens tokens;

	CaseService(CaseFileRepository cases, CaseStore store, CaseAccess access, SopCatalog sops, OrgDirectory directory,
			JdbcTemplate jdbc, Clock clock, DocumentService documents, ActionTokens tokens) {
		this.cases = cases;
		this.store = store;
		this.access = access;
		this.sops = sops;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.documents = documents;
		this.tokens = tokens;
	}

	/** Registers a case on the published revision of an SOP and opens its first step. */
	public Long start(AlurUser user, StartCase start) {
		Actor actor = this.access.actor(user);
		Holding holding = actor.senior()
			.orElseThrow(() -> new CaseworkException.NotAllowed("casework.start.noPosition"));
		requireText(start.perihal(), "perihal", "casework.start.perihalRequired");
		requireText(start.suratDari(), "suratDari", "casework.start.suratDariRequired");
		LocalDate today = LocalDate.now(this.clock);
		DatePolicy.mayRegister(start.tanggalSurat(), start.receivedOn(), today).orThrow();
		if (start.sifat() == null) {
			throw new CaseworkException.Invalid("sifat", "casework.start.sifatRequired");
		}
		SopRevisionView revision = this.sops.published(actor.kabupatenId(), start.sopCode())
			.orElseThrow(() -> new CaseworkException.Invalid("sopCode", "casework.start.sopUnknown"));
		int year = today.getYear();
		int seq = this.jdbc.queryForObject("""
				insert into case_counter (kabupaten_id, year, last_seq) values (?, ?, 1)
				on conflict (kabupaten_id, year) do update set last_seq = case_counter.last_seq + 1
				returning last_seq""", Integer.class, actor.kabupatenId(), year);
		String code = this.directory.kabupaten(actor.kabupatenId()).map(KabupatenView::code).orElse("KAB");
		String registrationNo = "%s/%d/%05d".formatted(code, year, seq);
		CaseFile file = this.cases.save(new CaseFile(actor.kabupatenId(), revision.unitId(), revision.revisionId(),
				year, seq, registrationNo, start, actor.personId(), this.clock.instant()));
		Case c = this.store.registered(file, revision.content());
		c.register(actor, holding, revision.code(), revision.number());
		this.store.save(c);
		return file.getId();
	}

	/**
	 * A starting document: the Kelengkapan item it answers (its title), the file's name
	 * and bytes.
	 */
	public record Attachment(String title, String fileName, byte[] bytes) {
	}

	/**
	 * Registers a case with its starting documents, all or nothing, once per form
	 * ({@code token}).
	 */
	public Long startWithDocuments(AlurUser user, StartCase start, List<Attachment> attachments, UUID token) {
		this.tokens.consume(token);
		Long caseId = start(user, start);
		for (Attachment a : attachments) {
			this.documents.upload(user, caseId, null, a.title(), a.fileName(), a.bytes());
		}
		return caseId;
	}

	/**
	 * Takes a task of a position several people hold, so the others see who works on it.
	 */
	public void take(AlurUser user, Long taskId, long version) {
		Actor actor = this.access.actor(user);
		Case c = this.store.forTask(actor, taskId);
		c.take(actor, version);
		this.store.save(c);
	}

	/** Completes the current step and moves the case to the next one (or ends it). */
	public void complete(AlurUser user, Long taskId, Completion completion) {
		this.tokens.consume(completion.token());
		Actor actor = this.access.actor(user);
		Case c = this.store.forTask(actor, taskId);
		c.complete(actor, completion);
		this.store.save(c);
	}

	/**
	 * Hands the current step down to a subordinate: by the step's owner, or further down
	 * by whoever received it.
	 * @return the delegation's id
	 */
	public Long delegate(AlurUser user, Long taskId, Delegate delegate) {
		this.tokens.consume(delegate.token());
		Actor actor = this.access.actor(user);
		Case c = this.store.forTask(actor, taskId);
		c.dispose(actor, delegate);
		return this.store.save(c);
	}

	/**
	 * The sender takes a branch of their disposisi back, while its recipient has not
	 * opened the case.
	 */
	public void recall(AlurUser user, Long delegationId, UUID token) {
		this.tokens.consume(token);
		Actor actor = this.access.actor(user);
		Case c = this.store.forDelegation(actor, delegationId);
		c.recall(actor, delegationId);
		this.store.save(c);
	}

	/**
	 * The receiver of a delegation reports back up; whatever they handed further down
	 * must be back first.
	 */
	public void reportBack(AlurUser user, Long delegationId, String report, UUID token) {
		this.tokens.consume(token);
		Actor actor = this.access.actor(user);
		Case c = this.store.forDelegation(actor, delegationId);
		c.reportBack(actor, delegationId, report);
		this.store.save(c);
	}

	/** A recurring report (harian, mingguan, bulanan) to the superior the step names. */
	public void submitReport(AlurUser user, Long taskId, ReportKind kind, String body) {
		Actor actor = this.access.actor(user);
		Case c = this.store.forTask(actor, taskId);
		c.submitReport(actor, kind, body);
		this.store.save(c);
	}

	/** Ticks a Keterangan sub-task of the step on or off. */
	public void tick(AlurUser user, Long taskId, int index, boolean done) {
		Actor actor = this.access.actor(user);
		Case c = this.store.forTask(actor, taskId);
		c.tick(actor, index, done);
		this.store.save(c);
	}

	/**
	 * Cancels a running case with a reason: by the head of its unit (or above) or an
	 * admin.
	 */
	public void cancel(AlurUser user, Long caseId, String reason, UUID token) {
		this.tokens.consume(token);
		Actor actor = this.access.actor(user);
		Case c = this.store.forCase(actor, caseId);
		c.cancel(actor, reason);
		this.store.save(c);
	}

	// ------------------------------------------------------------------

	private static void requireText(String value, String field, String code) {
		if (!StringUtils.hasText(value)) {
			throw new CaseworkException.Invalid(field, code);
		}
	}

}
