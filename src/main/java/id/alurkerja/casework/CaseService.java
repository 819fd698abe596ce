package id.alurkerja.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.alurkerja.casework.CaseEvent.ActedBy;
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

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DocumentService documents;

	CaseService(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			DocumentVersionRepository versions, CaseAccess access, SopCatalog sops, OrgDirectory directory,
			CalendarService calendars, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
			DocumentService documents) {
		this.documents = documents;
		this.cases = cases;
		this.tasks = tasks;
		this.delegations = delegations;
		this.versions = versions;
		this.access = access;
		this.sops = sops;
		this.directory = directory;
		this.calendars = calendars;
		this.events = events;
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
		publish(new CaseEvent.CaseStarted(c.getId(), first.no(), ActedBy.of(actor, holding), revision.code(),
				revision.number()));
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
		Holding holding = TakePolicy.mayTake(actor, task, organisation(task)).orThrow();
		checkVersion(task, version);
		task.take(actor.personId(), now());
		publish(new CaseEvent.TaskTaken(locked.caseFile().getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), task.getOnBehalfOf()));
	}

	/** Completes the current step and moves the case to the next one (or ends it). */
	public void complete(AlurUser user, Long taskId, Completion completion) {
		consume(completion.token());
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		CaseFile c = locked.caseFile();
		Organisation org = organisation(task);
		TaskActorPolicy.owner(actor, task, org).orThrow();
		checkVersion(task, completion.version());
		SopContent content = locked.content();
		Step step = content.step(task.getStepNo()).orElseThrow();
		Outcome outcome = RoutingPolicy.outcomeFor(step, completion.outcome()).orThrow();
		if (outcome == Outcome.TIDAK) {
			requireText(completion.reason(), "reason", "casework.complete.reasonRequired");
		}
		Holding holding = CompletionPolicy
			.mayComplete(actor, task, this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId()), org)
			.orThrow();
		boolean outputMissing = StringUtils.hasText(step.output()) && !this.versions.existsByTaskId(task.getId());
		if (outputMissing && !StringUtils.hasText(completion.outputMissingReason())) {
			throw new CaseworkException.Invalid("outputMissingReason", "casework.complete.outputMissing",
					step.output());
		}
		Instant now = now();
		task.complete(outcome, actor.personId(), holding.position().id(), holding.kind().name(),
				outputMissing ? completion.outputMissingReason() : null, now);
		String note = (outcome == Outcome.TIDAK) ? completion.reason() : completion.arahan();
		ActedBy by = ActedBy.of(actor, holding);
		publish(new CaseEvent.StepCompleted(c.getId(), step.no(), task.getId(), by, task.getOnBehalfOf(), outcome,
				note));
		Optional<Step> next = RoutingPolicy.next(content, step, outcome);
		if (outcome == Outcome.TIDAK) {
			publish(new CaseEvent.StepReturned(c.getId(), step.no(), task.getId(), by, next.map(Step::no).orElse(null),
					completion.reason()));
		}
		if (next.isEmpty()) {
			c.finish(now);
			publish(new CaseEvent.CaseFinished(c.getId(), step.no(), task.getId(), by));
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
		Organisation org = organisation(task);
		DispositionPolicy.From source = DispositionPolicy
			.mayDispose(actor, task, () -> this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId()), org)
			.orThrow();
		Long parentId = (source.received() != null) ? source.received().getId() : null;
		Holding from = source.holding();
		PositionView to = DispositionPolicy.mayDisposeTo(source, delegate.toPositionId(), delegate.toPersonId(), org)
			.orThrow();
		Delegation d = this.delegations.save(new Delegation(task.getId(), parentId, actor.personId(),
				from.position().id(), to.id(), delegate.toPersonId(), delegate.arahan().strip(),
				(delegate.sifat() != null) ? delegate.sifat() : Sifat.BIASA, delegate.deadline(), now()));
		publish(new CaseEvent.Disposed(locked.caseFile().getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, from), to.title(), delegate.arahan().strip()));
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
		List<Delegation> all = this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(d.getTaskId());
		Delegation delegation = all.stream().filter(x -> x.getId().equals(delegationId)).findFirst().orElseThrow();
		Holding holding = ReportBackPolicy.mayReportBack(actor, delegation, all)
			.then(h -> StringUtils.hasText(report) ? Verdict.allow(h)
					: Verdict.<Holding>invalid("report", "casework.report.required"))
			.orThrow();
		delegation.reportBack(report.strip(), actor.personId(), now());
		publish(new CaseEvent.ReportedBack(locked.caseFile().getId(), locked.task().getStepNo(), d.getTaskId(),
				ActedBy.of(actor, holding), positionTitle(locked.caseFile(), delegation.getFromPositionId()),
				report.strip()));
	}

	/** A recurring report (harian, mingguan, bulanan) to the superior the step names. */
	public void submitReport(AlurUser user, Long taskId, ReportKind kind, String body) {
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		Task task = locked.task();
		task.ensureOpen();
		Holding holding = TaskActorPolicy.owner(actor, task, organisation(task)).orThrow();
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
		publish(new CaseEvent.ReportSubmitted(locked.caseFile().getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), kind, to.title(), body.strip()));
	}

	/** Ticks a Keterangan sub-task of the step on or off. */
	public void tick(AlurUser user, Long taskId, int index, boolean done) {
		Actor actor = this.access.actor(user);
		Locked locked = lockTask(actor, taskId);
		TaskActorPolicy.owner(actor, locked.task(), organisation(locked.task())).orThrow();
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
		CancelPolicy.mayCancel(actor, c, Organisation.of(this.directory, c.getKabupatenId(), today())).orThrow();
		requireText(reason, "reason", "casework.cancel.reasonRequired");
		Instant now = now();
		this.tasks.findFirstByCaseIdAndStatus(c.getId(), TaskStatus.OPEN).ifPresent(t -> {
			t.cancel(now);
			this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(t.getId()).forEach(Delegation::close);
		});
		c.cancel(reason.strip(), now);
		publish(new CaseEvent.CaseCancelled(c.getId(), ActedBy.of(actor, actor.senior().orElse(null)), reason.strip()));
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

	private void publish(CaseEvent event) {
		this.events.publishEvent(event);
	}

	private Organisation organisation(Task task) {
		return Organisation.of(this.directory, task.getKabupatenId(), today());
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
