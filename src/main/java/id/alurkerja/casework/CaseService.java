package id.alurkerja.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.alurkerja.audit.CaseHistory;
import id.alurkerja.audit.EventType;
import id.alurkerja.audit.NewEvent;
import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.StepKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The actions that move a case along its SOP. Each runs in one transaction holding the
 * case's row lock: it checks who acts and whether the action is allowed, changes state,
 * and appends the history event, all or nothing.
 */
@Service
@Transactional
public class CaseService {

	private final CaseFileRepository cases;

	private final TaskRepository tasks;

	private final DelegationRepository delegations;

	private final DocumentVersionRepository versions;

	private final CaseAccess access;

	private final SopCatalog sops;

	private final OrgDirectory directory;

	private final CalendarService calendars;

	private final CaseHistory history;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DocumentService documents;

	CaseService(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			DocumentVersionRepository versions, CaseAccess access, SopCatalog sops, OrgDirectory directory,
			CalendarService calendars, CaseHistory history, JdbcTemplate jdbc, Clock clock, DocumentService documents) {
		this.documents = documents;
		this.cases = cases;
		this.tasks = tasks;
		this.delegations = delegations;
		this.versions = versions;
		this.access = access;
		this.sops = sops;
		this.directory = directory;
		this.calendars = calendars;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers a case on the published revision of an SOP and opens its first step. */
	public Long start(AlurUser user, StartCase start) {
		Actor actor = this.access.actor(user);
		Holding holding = actor.senior()
			.orElseThrow(() -> new CaseworkException.NotAllowed("casework.start.noPosition"));
		requireText(start.perihal(), "perihal", "casework.start.perihalRequired");
		requireText(start.suratDari(), "suratDari", "casework.start.suratDariRequired");
		LocalDate today = LocalDate.now(this.clock);
		if (start.receivedOn() == null || start.receivedOn().isAfter(today)) {
			throw new CaseworkException.Invalid("receivedOn", "casework.start.receivedOnInvalid");
		}
		if (start.sifat() == null) {
			throw new CaseworkException.Invalid("sifat", "casework.start.sifatRequired");
		}
		SopRevisionView revision = this.sops.published(actor.kabupatenId(), start.sopCode())
			.orElseThrow(() -> new CaseworkException.Invalid("sopCode", "casework.start.sopUnknown"));
		Instant now = now();
		int year = today.getYear();
		int seq = this.jdbc.queryForObject("""
				insert into case_counter (kabupaten_id, year, last_seq) values (?, ?, 1)
				on conflict (kabupaten_id, year) do update set last_seq = case_counter.last_seq + 1
				returning last_seq""", Integer.class, actor.kabupatenId(), year);
		String code = this.directory.kabupaten(actor.kabupatenId()).map(KabupatenView::code).orElse("KAB");
		String registrationNo = "%s/%d/%05d".formatted(code, year, seq);
		CaseFile c = this.cases.save(new CaseFile(actor.kabupatenId(), revision.unitId(), revision.revisionId(), year,
				seq, registrationNo, start, actor.personId(), now));
		Step first = revision.content().start().orElseThrow();
		append(c, EventType.CASE_STARTED, first.no(), null, actor, holding, null, null,
				revision.code() + " revisi " + revision.number());
		Task task = open(c, revision.content(), first, now);
		task.receivedFrom(actor.personId(), holding.position().id(), null, start.sifat(), null, null);
		return c.getId();
	}

	/**
	 * A starting document: the Kelengkapan item it answers (its title), the file's name
	 * and bytes.
	 */
	public record Attachment(String title, String fileName, byte[] bytes) {
	}

	/** Registers a case with its starting documents, all or nothing. */
	public Long startWithDocuments(AlurUser user, StartCase start, List<Attachment> attachments) {
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
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		Holding holding = ownerHolding(actor, task);
		if (task.getAssigneePersonId() != null) {
			throw new CaseworkException.Conflict("casework.task.takenBy", personName(task, task.getAssigneePersonId()));
		}
		checkVersion(task, version);
		task.take(actor.personId(), now());
		append(locked.caseFile(), EventType.TASK_TAKEN, task.getStepNo(), task.getId(), actor, holding,
				task.getOnBehalfOf(), null, null);
	}

	/** Completes the current step and moves the case to the next one (or ends it). */
	public void complete(AlurUser user, Long taskId, Completion completion) {
		consume(completion.token());
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		CaseFile c = locked.caseFile();
		Holding holding = ownerHolding(actor, task);
		checkVersion(task, completion.version());
		SopContent content = locked.content();
		Step step = content.step(task.getStepNo()).orElseThrow();
		Outcome outcome = outcomeFor(step, completion.outcome());
		if (outcome == Outcome.TIDAK) {
			requireText(completion.reason(), "reason", "casework.complete.reasonRequired");
		}
		List<Delegation> open = this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId())
			.stream()
			.filter(Delegation::isOpen)
			.toList();
		if (!open.isEmpty()) {
			throw new CaseworkException.Invalid(null, "casework.complete.openDelegations",
					positionTitle(c, open.get(0).getToPositionId()));
		}
		boolean outputMissing = StringUtils.hasText(step.output()) && !this.versions.existsByTaskId(task.getId());
		if (outputMissing && !StringUtils.hasText(completion.outputMissingReason())) {
			throw new CaseworkException.Invalid("outputMissingReason", "casework.complete.outputMissing",
					step.output());
		}
		Instant now = now();
		task.complete(outcome, actor.personId(), holding.position().id(), holding.kind().name(),
				outputMissing ? completion.outputMissingReason() : null, now);
		String note = (outcome == Outcome.TIDAK) ? completion.reason() : completion.arahan();
		append(c, EventType.STEP_COMPLETED, step.no(), task.getId(), actor, holding, task.getOnBehalfOf(),
				outcome.name(), note);
		Optional<Step> next = switch (outcome) {
			case YA -> content.step(step.ya());
			case TIDAK -> content.step(step.tidak());
			case DONE -> (step.kind() == StepKind.END) ? Optional.empty() : content.following(step);
		};
		if (outcome == Outcome.TIDAK) {
			append(c, EventType.STEP_RETURNED, step.no(), task.getId(), actor, holding, null,
					next.map(Step::no).orElse(null), completion.reason());
		}
		if (next.isEmpty()) {
			c.finish(now);
			append(c, EventType.CASE_FINISHED, step.no(), task.getId(), actor, holding, null, null, null);
			return;
		}
		// the row's unique index allows one open task per case: flush the completed one
		// first
		this.tasks.saveAndFlush(task);
		Task following = open(c, content, next.get(), now);
		Long named = completion.nextPersonId();
		if (named != null && this.directory.holdersOn(c.getKabupatenId(), following.getPositionId(), today())
			.stream()
			.noneMatch(h -> h.person().id().equals(named))) {
			throw new CaseworkException.Invalid("nextPersonId", "casework.complete.nextPersonNotHolder");
		}
		following.receivedFrom(actor.personId(), holding.position().id(), blankToNull(completion.arahan()),
				(completion.sifat() != null) ? completion.sifat() : c.getSifat(), completion.deadline(), named);
		if (outcome == Outcome.TIDAK) {
			following.returnedBecause(completion.reason(), step.no());
		}
	}

	/**
	 * Hands the current step down to a subordinate: by the step's owner, or further down
	 * by whoever received it.
	 */
	public Long delegate(AlurUser user, Long taskId, Delegate delegate) {
		consume(delegate.token());
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		task.ensureOpen();
		requireText(delegate.arahan(), "arahan", "casework.delegate.arahanRequired");
		Long parentId = null;
		Optional<Holding> owner = actor.holding(task.getPositionId());
		Holding from;
		if (owner.isPresent()) {
			from = owner.get();
		}
		else {
			Delegation received = receivedDelegation(actor, task)
				.orElseThrow(() -> new CaseworkException.NotAllowed("casework.task.notYours"));
			parentId = received.getId();
			from = actor.holding(received.getToPositionId()).orElseThrow();
		}
		PositionView to = this.directory.subordinatesOf(task.getKabupatenId(), from.position().id())
			.stream()
			.filter(p -> p.id().equals(delegate.toPositionId()))
			.findFirst()
			.orElseThrow(() -> new CaseworkException.Invalid("toPositionId", "casework.delegate.notSubordinate"));
		if (delegate.toPersonId() != null && this.directory.holdersOn(task.getKabupatenId(), to.id(), today())
			.stream()
			.noneMatch(h -> h.person().id().equals(delegate.toPersonId()))) {
			throw new CaseworkException.Invalid("toPersonId", "casework.complete.nextPersonNotHolder");
		}
		Delegation d = this.delegations.save(new Delegation(task.getId(), parentId, actor.personId(),
				from.position().id(), to.id(), delegate.toPersonId(), delegate.arahan().strip(),
				(delegate.sifat() != null) ? delegate.sifat() : Sifat.BIASA, delegate.deadline(), now()));
		append(locked.caseFile(), EventType.DELEGATED, task.getStepNo(), task.getId(), actor, from, null, to.title(),
				delegate.arahan().strip());
		return d.getId();
	}

	/**
	 * The receiver of a delegation reports back up; whatever they handed further down
	 * must be back first.
	 */
	public void reportBack(AlurUser user, Long delegationId, String report, UUID token) {
		consume(token);
		Actor actor = this.access.actor(user);
		Delegation d = this.delegations.findById(delegationId).orElseThrow(CaseworkException.NotFound::new);
		Locked locked = lockTask(actor, d.getTaskId());
		d = this.delegations.findById(delegationId).orElseThrow();
		Holding holding = actor.holding(d.getToPositionId())
			.orElseThrow(() -> new CaseworkException.NotAllowed("casework.delegation.notYours"));
		if (d.getToPersonId() != null && !d.getToPersonId().equals(actor.personId())) {
			throw new CaseworkException.NotAllowed("casework.delegation.notYours");
		}
		requireText(report, "report", "casework.report.required");
		Long id = d.getId();
		boolean childOpen = this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(d.getTaskId())
			.stream()
			.anyMatch(x -> id.equals(x.getParentId()) && x.isOpen());
		if (childOpen) {
			throw new CaseworkException.Invalid(null, "casework.report.childOpen");
		}
		d.reportBack(report.strip(), actor.personId(), now());
		append(locked.caseFile(), EventType.REPORTED_BACK, locked.task().getStepNo(), d.getTaskId(), actor, holding,
				null, positionTitle(locked.caseFile(), d.getFromPositionId()), report.strip());
	}

	/** A recurring report (harian, mingguan, bulanan) to the superior the step names. */
	public void submitReport(AlurUser user, Long taskId, ReportKind kind, String body) {
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		task.ensureOpen();
		Holding holding = ownerHolding(actor, task);
		Step step = locked.content().step(task.getStepNo()).orElseThrow();
		if (kind == null || !step.recurringReports().contains(kind.name()) || step.reportsTo() == null) {
			throw new CaseworkException.Invalid("kind", "casework.report.notForStep");
		}
		requireText(body, "body", "casework.report.required");
		PositionView to = this.directory.positionByCode(task.getKabupatenId(), step.reportsTo())
			.orElseThrow(() -> new CaseworkException.Invalid(null, "casework.lane.unbound", step.reportsTo()));
		this.jdbc.update("""
				insert into case_report (case_id, task_id, kind, body, to_position_id, from_person_id, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?)""", task.getCaseId(), task.getId(), kind.name(), body.strip(), to.id(),
				actor.personId(), java.sql.Timestamp.from(now()));
		append(locked.caseFile(), EventType.REPORT_SUBMITTED, task.getStepNo(), task.getId(), actor, holding, null,
				kind.name(), "Laporan " + kind.name().toLowerCase() + " kepada " + to.title() + ": " + body.strip());
	}

	/** Ticks a Keterangan sub-task of the step on or off. */
	public void tick(AlurUser user, Long taskId, int index, boolean done) {
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		ownerHolding(actor, locked.task());
		Step step = locked.content().step(locked.task().getStepNo()).orElseThrow();
		if (index < 0 || index >= step.keterangan().size()) {
			throw new CaseworkException.Invalid("index", "casework.checklist.unknown");
		}
		locked.task().tick(index, done);
	}

	/**
	 * Cancels a running case with a reason: by the head of its unit (or above) or an
	 * admin.
	 */
	public void cancel(AlurUser user, Long caseId, String reason, UUID token) {
		consume(token);
		Actor actor = this.access.actor(user);
		CaseFile c = this.cases.lockById(caseId)
			.filter(x -> this.access.canView(actor, x))
			.orElseThrow(CaseworkException.NotFound::new);
		if (!this.access.canCancel(actor, c)) {
			throw new CaseworkException.NotAllowed("casework.cancel.notAllowed");
		}
		requireText(reason, "reason", "casework.cancel.reasonRequired");
		Instant now = now();
		this.tasks.findFirstByCaseIdAndStatus(c.getId(), TaskStatus.OPEN).ifPresent(t -> {
			t.cancel(now);
			this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(t.getId()).forEach(Delegation::close);
		});
		c.cancel(reason.strip(), now);
		append(c, EventType.CASE_CANCELLED, null, null, actor, actor.senior().orElse(null), null, null, reason.strip());
	}

	// ------------------------------------------------------------------

	record Locked(CaseFile caseFile, Task task, SopContent content) {
	}

	/**
	 * Locks the task's case first and only then reads the task, so a second action
	 * waiting for the lock sees what the first one did.
	 */
	private Locked lockTask(Actor actor, Long taskId) {
		List<Long> caseIds = this.jdbc.queryForList("select case_id from task where id = ? and kabupaten_id = ?",
				Long.class, taskId, actor.kabupatenId());
		if (caseIds.isEmpty()) {
			throw new CaseworkException.NotFound();
		}
		CaseFile c = this.cases.lockById(caseIds.get(0)).orElseThrow(CaseworkException.NotFound::new);
		if (!this.access.canView(actor, c)) {
			throw new CaseworkException.NotFound();
		}
		Task task = this.tasks.findById(taskId).orElseThrow(CaseworkException.NotFound::new);
		if (task.getStatus() != TaskStatus.OPEN) {
			String by = (task.getCompletedByPersonId() != null) ? personName(task, task.getCompletedByPersonId()) : "-";
			throw new CaseworkException.Conflict("casework.task.doneBy", by, task.getStepNo());
		}
		c.ensureRunning();
		SopContent content = this.sops.revisionById(c.getSopRevisionId()).orElseThrow().content();
		return new Locked(c, task, content);
	}

	/**
	 * The task's owner: a holder (or acting holder) of its position, and the named person
	 * if one was named.
	 */
	private Holding ownerHolding(Actor actor, Task task) {
		Holding holding = actor.holding(task.getPositionId())
			.orElseThrow(() -> new CaseworkException.NotAllowed("casework.task.notYours"));
		if (task.getAssigneePersonId() != null && !task.getAssigneePersonId().equals(actor.personId())) {
			throw new CaseworkException.NotAllowed("casework.task.assignedToOther",
					personName(task, task.getAssigneePersonId()));
		}
		return holding;
	}

	private Optional<Delegation> receivedDelegation(Actor actor, Task task) {
		return this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId())
			.stream()
			.filter(Delegation::isOpen)
			.filter(d -> actor.holds(d.getToPositionId())
					&& (d.getToPersonId() == null || d.getToPersonId().equals(actor.personId())))
			.reduce((a, b) -> b);
	}

	private Task open(CaseFile c, SopContent content, Step step, Instant at) {
		Lane lane = content.lane(step.lane()).orElseThrow();
		String code = lane.external() ? lane.recordedBy() : lane.position();
		PositionView position = this.directory.positionByCode(c.getKabupatenId(), code)
			.orElseThrow(() -> new CaseworkException.Invalid(null, "casework.lane.unbound", lane.name()));
		Instant near = null;
		Instant due = null;
		if (step.time() != null) {
			WorkingCalendar calendar = this.calendars.calendar();
			near = Deadlines.after(calendar, at, step.time().min(), step.time());
			due = Deadlines.after(calendar, at, step.time().max(), step.time());
		}
		c.standAt(step.no());
		return this.tasks.save(new Task(c.getId(), c.getKabupatenId(), step.no(), lane.key(), position.id(),
				lane.external() ? lane.name() : null, at, near, due));
	}

	private static Outcome outcomeFor(Step step, Outcome asked) {
		if (step.kind() == StepKind.DECISION) {
			if (asked != Outcome.YA && asked != Outcome.TIDAK) {
				throw new CaseworkException.Invalid("outcome", "casework.complete.decisionNeeded");
			}
			return asked;
		}
		return Outcome.DONE;
	}

	private void append(CaseFile c, EventType type, String stepNo, Long taskId, Actor actor, Holding holding,
			String onBehalfOf, String outcome, String note) {
		this.history.append(new NewEvent(c.getId(), type, stepNo, taskId, actor.personId(), actor.name(),
				(holding != null) ? holding.position().id() : null, (holding != null) ? holding.positionLabel() : null,
				(holding != null) ? holding.kind().name() : null, onBehalfOf, outcome, note));
	}

	private void consume(UUID token) {
		if (token == null) {
			return;
		}
		int inserted = this.jdbc.update(
				"insert into action_token (token, used_at) values (?, now()) on conflict (token) do nothing", token);
		if (inserted == 0) {
			throw new CaseworkException.Conflict("casework.doubleSubmit");
		}
	}

	private static void checkVersion(Task task, long version) {
		if (task.getVersion() != version) {
			throw new CaseworkException.Conflict("casework.task.changed");
		}
	}

	private String personName(Task task, Long personId) {
		return this.directory.person(task.getKabupatenId(), personId).map(p -> p.name()).orElse("-");
	}

	private String positionTitle(CaseFile c, Long positionId) {
		return this.directory.position(c.getKabupatenId(), positionId).map(PositionView::title).orElse("-");
	}

	private static void requireText(String value, String field, String code) {
		if (!StringUtils.hasText(value)) {
			throw new CaseworkException.Invalid(field, code);
		}
	}

	private static String blankToNull(String s) {
		return StringUtils.hasText(s) ? s.strip() : null;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
