package id.alurkerja.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.alurkerja.audit.CaseEventView;
import id.alurkerja.audit.CaseHistory;
import id.alurkerja.audit.EventType;
import id.alurkerja.shared.CaseId;
import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads a {@link Case} under its row lock and saves it: what its transition created is
 * inserted and its events are published, so the history records them in the same
 * transaction. Every load checks that the person may see the case; a case they may not
 * see is not found.
 */
@Component
class CaseStore {

	private final CaseFileRepository cases;

	private final TaskRepository tasks;

	private final DelegationRepository delegations;

	private final CaseDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final ParafRepository parafs;

	private final CaseAccess access;

	private final SopCatalog sops;

	private final OrgDirectory directory;

	private final CalendarService calendars;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CaseHistory history;

	CaseStore(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			CaseDocumentRepository documents, DocumentVersionRepository versions, ParafRepository parafs,
			CaseAccess access, SopCatalog sops, OrgDirectory directory, CalendarService calendars,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock, CaseHistory history) {
		this.history = history;
		this.cases = cases;
		this.tasks = tasks;
		this.delegations = delegations;
		this.documents = documents;
		this.versions = versions;
		this.parafs = parafs;
		this.access = access;
		this.sops = sops;
		this.directory = directory;
		this.calendars = calendars;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A case just inserted, to register on its SOP revision's content: it stands at no
	 * task yet.
	 */
	Case registered(CaseFile saved, SopContent content) {
		return new Case(saved, null, new Stored(saved, content), organisation(saved), this.clock);
	}

	/**
	 * The case of an open task. Locks the case first and only then reads the task, so a
	 * second action waiting for the lock sees what the first one did.
	 */
	Case forTask(Actor actor, Long taskId) {
		List<Long> caseIds = this.jdbc.queryForList("select case_id from task where id = ? and kabupaten_id = ?",
				Long.class, taskId, actor.kabupatenId());
		if (caseIds.isEmpty()) {
			throw new CaseworkException.NotFound();
		}
		CaseFile c = lockVisible(actor, caseIds.get(0));
		Task task = this.tasks.findById(taskId).orElseThrow(CaseworkException.NotFound::new);
		if (task.getStatus() == TaskStatus.CANCELLED) {
			// the case was cancelled while this action waited: say by whom and why
			String by = this.history.events(CaseId.of(c.getId()))
				.stream()
				.filter(e -> e.type() == EventType.CASE_CANCELLED)
				.reduce((first, last) -> last)
				.map(CaseEventView::actorName)
				.orElse("-");
			throw new CaseworkException.Conflict("casework.task.cancelledBy", by, c.getCancelReason());
		}
		if (task.getStatus() != TaskStatus.OPEN) {
			String by = (task.getCompletedByPersonId() != null)
					? this.directory.person(task.getKabupatenId(), task.getCompletedByPersonId())
						.map(p -> p.name())
						.orElse("-")
					: "-";
			throw new CaseworkException.Conflict("casework.task.doneBy", by, task.getStepNo());
		}
		c.ensureRunning();
		return new Case(c, task, new Stored(c, null), organisation(c), this.clock);
	}

	/**
	 * For the system's own jobs: the case of an open task if its row lock is free now,
	 * else empty (a user is acting on it; the job comes back on its next run). Under the
	 * lock the job's history events follow the user's in order.
	 */
	Optional<Case> forJobIfFree(Long taskId) {
		List<Long> locked = this.jdbc.queryForList("""
				select c.id from case_file c join task t on t.case_id = c.id
				where t.id = ? for update of c skip locked""", Long.class, taskId);
		if (locked.isEmpty()) {
			return Optional.empty();
		}
		CaseFile c = this.cases.findById(locked.get(0)).orElseThrow();
		Task task = this.tasks.findById(taskId).orElseThrow();
		if (task.getStatus() != TaskStatus.OPEN || c.getStatus() != CaseStatus.BERJALAN) {
			return Optional.empty();
		}
		return Optional.of(new Case(c, task, new Stored(c, null), organisation(c), this.clock));
	}

	/** The case of a delegation's task, which must still be open. */
	Case forDelegation(Actor actor, Long delegationId) {
		Delegation d = this.delegations.findById(delegationId).orElseThrow(CaseworkException.NotFound::new);
		return forTask(actor, d.getTaskId());
	}

	/** A case with the task it stands at, if any. */
	Case forCase(Actor actor, Long caseId) {
		CaseFile c = lockVisible(actor, caseId);
		Task current = this.tasks.findFirstByCaseIdAndStatus(c.getId(), TaskStatus.OPEN).orElse(null);
		return new Case(c, current, new Stored(c, null), organisation(c), this.clock);
	}

	/** A document version with its case, the version read again under the case's lock. */
	record Located(Case caseOf, DocumentVersion version, String title) {
	}

	Located forVersion(Actor actor, Long versionId) {
		// the case id read without loading the version: an entity read before the case's
		// lock would be stale once the lock is ours (another signature saved meanwhile)
		record Owner(Long caseId, String title) {
		}
		Owner owner = this.jdbc
			.query("""
					select d.case_id, d.title from document_version v join case_document d on d.id = v.document_id
					where v.id = ? and v.kabupaten_id = ?""", (rs, i) -> new Owner(rs.getLong(1), rs.getString(2)),
					versionId, actor.kabupatenId())
			.stream()
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		Case c = forCase(actor, owner.caseId());
		return new Located(c, this.versions.findById(versionId).orElseThrow(), owner.title());
	}

	/**
	 * Saves what the transition created and publishes its events.
	 * @return the id of what it created (a delegation, a document version), or null
	 */
	Long save(Case c) {
		Long created = null;
		if (c.opened() != null) {
			if (c.current() != null) {
				// the row's unique index allows one open task per case: the completed one
				// goes first
				this.tasks.saveAndFlush(c.current());
			}
			created = this.tasks.save(c.opened()).getId();
		}
		if (!c.disposed().isEmpty()) {
			// the first branch's id answers for the disposisi
			created = this.delegations.saveAll(c.disposed()).get(0).getId();
		}
		if (c.paraf() != null) {
			this.parafs.save(c.paraf());
		}
		if (c.upload() != null) {
			Case.NewVersion upload = c.upload();
			if (upload.document().getId() == null) {
				this.documents.save(upload.document());
			}
			DocumentVersion version = this.versions.save(upload.toEntity());
			this.jdbc.update("insert into document_content (version_id, bytes) values (?, ?)", version.getId(),
					upload.bytes());
			created = version.getId();
		}
		if (c.report() != null) {
			Case.RecurringReport r = c.report();
			this.jdbc.update("""
					insert into case_report (case_id, task_id, kind, body, to_position_id, from_person_id, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?)""", r.caseId(), r.taskId(), r.kind().name(), r.body(),
					r.toPositionId(), r.fromPersonId(), Timestamp.from(r.at()));
		}
		c.events().forEach(this.events::publishEvent);
		return created;
	}

	private CaseFile lockVisible(Actor actor, Long caseId) {
		return this.cases.lockById(caseId)
			.filter(x -> this.access.canView(actor, x))
			.orElseThrow(CaseworkException.NotFound::new);
	}

	private Organisation organisation(CaseFile c) {
		return Organisation.of(this.directory, c.getKabupatenId(), LocalDate.now(this.clock));
	}

	/** The parts of one case, read from the database when a transition asks. */
	private final class Stored implements Case.Parts {

		private final CaseFile file;

		private SopContent content;

		Stored(CaseFile file, SopContent content) {
			this.file = file;
			this.content = content;
		}

		@Override
		public SopContent content() {
			if (this.content == null) {
				this.content = CaseStore.this.sops.frozenContent(this.file.getSopRevisionId()).orElseThrow();
			}
			return this.content;
		}

		@Override
		public List<Delegation> delegations(Long taskId) {
			return CaseStore.this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(taskId);
		}

		@Override
		public boolean hasUpload(Long taskId) {
			return CaseStore.this.versions.existsByTaskId(taskId);
		}

		@Override
		public boolean atFirstTask() {
			return CaseStore.this.tasks.findByCaseIdOrderByCreatedAtAscIdAsc(this.file.getId()).size() == 1;
		}

		@Override
		public Optional<CaseDocument> document(Long documentId) {
			return CaseStore.this.documents.findById(documentId);
		}

		@Override
		public List<CaseDocument> documents() {
			return CaseStore.this.documents.findByCaseIdOrderByCreatedAtAscIdAsc(this.file.getId());
		}

		@Override
		public List<DocumentVersion> versions(Long documentId) {
			return CaseStore.this.versions.findByDocumentIdOrderByNumberAsc(documentId);
		}

		@Override
		public List<Paraf> parafs(Long versionId) {
			return CaseStore.this.parafs.findByVersionIdOrderByOrdAsc(versionId);
		}

		@Override
		public WorkingCalendar calendar() {
			return CaseStore.this.calendars.calendar();
		}

	}

}
