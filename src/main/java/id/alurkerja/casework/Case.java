package id.alurkerja.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.casework.CaseEvent.ActedBy;
import id.alurkerja.org.Holding;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;

import org.springframework.util.StringUtils;

/**
 * The case as an aggregate: its file, the step it stands at (the open task) with that
 * step's delegations, and its documents' states. Each transition is named after the
 * domain's action; it asks the rule's policy, changes state and registers a
 * {@link CaseEvent}. {@link CaseStore} loads a case under its row lock, the application
 * service calls one transition, and the store saves what changed and publishes the
 * events, which the history records in the same transaction.
 * <p>
 * The parts a transition may need (the SOP revision, delegations, versions, parafs) are
 * read through {@link Parts} only when asked, so an action costs the statements its rule
 * needs and no more.
 */
final class Case {

	/**
	 * The parts of a case read on demand: from the database, or written out in a test.
	 */
	interface Parts {

		SopContent content();

		List<Delegation> delegations(Long taskId);

		/** Whether anything was uploaded in a step (its output). */
		boolean hasUpload(Long taskId);

		/** Whether the case still stands at the first task it ever had. */
		boolean atFirstTask();

		Optional<CaseDocument> document(Long documentId);

		/** The case's documents, oldest first. */
		List<CaseDocument> documents();

		List<DocumentVersion> versions(Long documentId);

		List<Paraf> parafs(Long versionId);

		WorkingCalendar calendar();

	}

	/** Where official numbers come from (the signing unit's pattern and counter). */
	interface Numbers {

		boolean isKnown(String klasifikasi);

		String next(UnitView unit, int year, String klasifikasi);

	}

	/** A version to store: its document (new or existing), number and file. */
	record NewVersion(CaseDocument document, int number, Task task, String fileName, FileType type, byte[] bytes,
			Long personId, Long positionId, Instant at) {

		DocumentVersion toEntity() {
			return new DocumentVersion(this.document.getId(), this.task.getKabupatenId(), this.number,
					this.task.getId(), this.task.getStepNo(), this.fileName, this.type.contentType(), this.bytes.length,
					sha256(this.bytes), this.personId, this.positionId, this.at);
		}

	}

	/** A recurring report (harian, mingguan, bulanan) to store. */
	record RecurringReport(Long caseId, Long taskId, ReportKind kind, String body, Long toPositionId, Long fromPersonId,
			Instant at) {
	}

	private final CaseFile file;

	private final Task current;

	private final Parts parts;

	private final Organisation org;

	private final Clock clock;

	private List<Delegation> delegations;

	private final List<CaseEvent> events = new ArrayList<>();

	private Task opened;

	private final List<Delegation> disposed = new ArrayList<>();

	private Paraf paraf;

	private NewVersion upload;

	private RecurringReport report;

	/**
	 * @param current the open task, or {@code null} when the case stands at none
	 */
	Case(CaseFile file, Task current, Parts parts, Organisation org, Clock clock) {
		this.file = file;
		this.current = current;
		this.parts = parts;
		this.org = org;
		this.clock = clock;
	}

	// --- transitions -------------------------------------------------

	/**
	 * Registration: the case's first step opens for its lane, with the letter's sifat.
	 */
	void register(Actor actor, Holding holding, String sopCode, int revision) {
		LanePolicy.mayRegister(this.parts.content(), this.file.getUnitId(), this.file.getOriginUnitId(), this.org)
			.orThrow();
		Step first = this.parts.content().start().orElseThrow();
		register(new CaseEvent.CaseStarted(this.file.getId(), first.no(), ActedBy.of(actor, holding), sopCode,
				revision));
		Task task = open(first, null);
		task.receivedFrom(actor.personId(), holding.position().id(), null, this.file.getSifat(), null, null);
	}

	/**
	 * Takes a task of a position several people hold, so the others see who works on it.
	 */
	void take(Actor actor, long version) {
		Task task = open();
		Holding holding = TakePolicy.mayTake(actor, task, this.org).orThrow();
		checkVersion(task, version);
		task.take(actor.personId(), now());
		register(new CaseEvent.TaskTaken(this.file.getId(), task.getStepNo(), task.getId(), ActedBy.of(actor, holding),
				task.getOnBehalfOf()));
	}

	/**
	 * Completes the current step and moves the case on: to the next row, to a decision's
	 * Ya target, back to its Tidak target ({@link #returnForRevision}), or to its end.
	 */
	void complete(Actor actor, Completion completion) {
		Task task = open();
		TaskActorPolicy.owner(actor, task, this.org).orThrow();
		checkVersion(task, completion.version());
		SopContent content = this.parts.content();
		Step step = content.step(task.getStepNo()).orElseThrow();
		Outcome outcome = RoutingPolicy.outcomeFor(step, completion.outcome()).orThrow();
		if (outcome == Outcome.TIDAK) {
			requireText(completion.reason(), "reason", "casework.complete.reasonRequired");
		}
		DatePolicy.mayHandOn(completion.deadline(), today()).orThrow();
		Holding holding = CompletionPolicy.mayComplete(actor, task, delegations(), this.org).orThrow();
		boolean outputMissing = OutputPolicy.missing(content, step, task.getId(), outcome, outputFacts(task), this.org);
		if (outputMissing && !StringUtils.hasText(completion.outputMissingReason())) {
			throw new CaseworkException.Invalid("outputMissingReason", "casework.complete.outputMissing",
					OutputPolicy.expected(step));
		}
		Instant now = now();
		task.complete(outcome, actor.personId(), holding.position().id(), holding.kind().name(),
				outputMissing ? completion.outputMissingReason() : null, now);
		ActedBy by = ActedBy.of(actor, holding);
		String note = (outcome == Outcome.TIDAK) ? completion.reason() : completion.arahan();
		register(new CaseEvent.StepCompleted(this.file.getId(), step.no(), task.getId(), by, task.getOnBehalfOf(),
				outcome, note));
		Optional<Step> next = RoutingPolicy.next(content, step, outcome);
		if (outcome == Outcome.TIDAK) {
			returnForRevision(step, by, next, completion.reason());
		}
		if (next.isEmpty()) {
			this.file.finish(now);
			register(new CaseEvent.CaseFinished(this.file.getId(), step.no(), task.getId(), by));
			return;
		}
		Task following = open(next.get(), completion.nextPersonId());
		// the sifat travels with the case: it stays unless someone changes it here
		if (completion.sifat() != null && completion.sifat() != this.file.getSifat()) {
			this.file.changeSifat(completion.sifat());
		}
		following.receivedFrom(actor.personId(), holding.position().id(), blankToNull(completion.arahan()),
				this.file.getSifat(), completion.deadline(), completion.nextPersonId());
		if (completion.deadline() != null) {
			following.tightenDue(endOf(completion.deadline()));
		}
		if (outcome == Outcome.TIDAK) {
			following.returnedBecause(completion.reason(), step.no());
		}
	}

	/**
	 * Hands the current step down (disposisi) to one or several subordinates, each a
	 * branch: by the step's owner, or further down by whoever received it.
	 */
	void dispose(Actor actor, Delegate delegate) {
		Task task = open();
		task.ensureOpen();
		if (!StringUtils.hasText(delegate.arahan()) && delegate.instructions().isEmpty()) {
			throw new CaseworkException.Invalid("arahan", "casework.delegate.arahanRequired");
		}
		DatePolicy.mayHandOn(delegate.deadline(), today()).orThrow();
		if (delegate.recipients().isEmpty()) {
			throw new CaseworkException.Invalid("toPositionId", "casework.delegate.recipientRequired");
		}
		DispositionPolicy.From source = DispositionPolicy.mayDispose(actor, task, this::delegations, this.org)
			.orThrow();
		Long parentId = (source.received() != null) ? source.received().getId() : null;
		String arahan = StringUtils.hasText(delegate.arahan()) ? delegate.arahan().strip() : "";
		if (delegate.sifat() != null && delegate.sifat() != this.file.getSifat()) {
			this.file.changeSifat(delegate.sifat());
		}
		// the recipient is due by the step's time, or by the tenggat when that is earlier
		Instant due = task.getDueAt();
		if (delegate.deadline() != null && (due == null || endOf(delegate.deadline()).isBefore(due))) {
			due = endOf(delegate.deadline());
		}
		java.util.Set<Long> seen = new java.util.HashSet<>();
		List<String> titles = new ArrayList<>();
		for (Delegate.Recipient recipient : delegate.recipients()) {
			PositionView to = DispositionPolicy
				.mayDisposeTo(source, recipient.toPositionId(), recipient.toPersonId(), this.org)
				.orThrow();
			if (!seen.add(to.id())) {
				throw new CaseworkException.Invalid("toPositionId", "casework.delegate.recipientTwice", to.title());
			}
			Delegation branch = new Delegation(task.getId(), parentId, actor.personId(),
					source.holding().position().id(), to.id(), recipient.toPersonId(), arahan, this.file.getSifat(),
					delegate.deadline(), now());
			branch.dueBy(due);
			branch.asBranch(delegate.instructions(), recipient.required());
			this.disposed.add(branch);
			titles.add(recipient.required() ? to.title() : to.title() + " (tembusan)");
		}
		String said = String.join("; ",
				java.util.stream.Stream.concat(delegate.instructions().stream(), java.util.stream.Stream.of(arahan))
					.filter(StringUtils::hasText)
					.toList());
		register(new CaseEvent.Disposed(this.file.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, source.holding()), String.join(", ", titles), said));
	}

	/**
	 * The sender takes a branch of their disposisi back, while its recipient has not
	 * opened the case.
	 */
	void recall(Actor actor, Long delegationId) {
		Task task = open();
		Delegation branch = delegations().stream()
			.filter(d -> d.getId().equals(delegationId))
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		Holding holding = RecallPolicy.mayRecall(actor, branch, delegations(), this.org).orThrow();
		branch.recall(now());
		register(new CaseEvent.DisposisiRecalled(this.file.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), this.org.positionTitle(branch.getToPositionId())));
	}

	/**
	 * The receiver of a delegation reports back up; whatever they handed further down
	 * must be back first.
	 */
	void reportBack(Actor actor, Long delegationId, String report) {
		Task task = open();
		Delegation delegation = delegations().stream()
			.filter(d -> d.getId().equals(delegationId))
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		Holding holding = ReportBackPolicy.mayReportBack(actor, delegation, delegations())
			.then(h -> StringUtils.hasText(report) ? Verdict.allow(h)
					: Verdict.<Holding>invalid("report", "casework.report.required"))
			.orThrow();
		delegation.reportBack(report.strip(), actor.personId(), now());
		register(new CaseEvent.ReportedBack(this.file.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), this.org.positionTitle(delegation.getFromPositionId()), report.strip()));
	}

	/** A recurring report (harian, mingguan, bulanan) to the superior the step names. */
	void submitReport(Actor actor, ReportKind kind, String body) {
		Task task = open();
		task.ensureOpen();
		Holding holding = TaskActorPolicy.owner(actor, task, this.org).orThrow();
		Step step = this.parts.content().step(task.getStepNo()).orElseThrow();
		if (kind == null || !step.recurringReports().contains(kind.name()) || step.reportsTo() == null) {
			throw new CaseworkException.Invalid("kind", "casework.report.notForStep");
		}
		requireText(body, "body", "casework.report.required");
		PositionView to = this.org.positionByCode(step.reportsTo())
			.orElseThrow(() -> new CaseworkException.Invalid(null, "casework.lane.unbound", step.reportsTo()));
		this.report = new RecurringReport(this.file.getId(), task.getId(), kind, body.strip(), to.id(),
				actor.personId(), now());
		register(new CaseEvent.ReportSubmitted(this.file.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), kind, to.title(), body.strip()));
	}

	/** Ticks a Keterangan sub-task of the step on or off. */
	void tick(Actor actor, int index, boolean done) {
		Task task = open();
		TaskActorPolicy.owner(actor, task, this.org).orThrow();
		Step step = this.parts.content().step(task.getStepNo()).orElseThrow();
		if (index < 0 || index >= step.keterangan().size()) {
			throw new CaseworkException.Invalid("index", "casework.checklist.unknown");
		}
		task.tick(index, done);
	}

	/**
	 * Uploads a new document ({@code documentId} null, with a title) or a new version of
	 * one, checked by content and size.
	 */
	void upload(Actor actor, Long documentId, String title, String fileName, byte[] bytes, UploadLimits limits) {
		this.file.ensureRunning();
		Task task = open();
		Holding holding = UploadPolicy
			.mayUpload(actor, this.file, task, this::delegations, this.parts::atFirstTask, this.org)
			.orThrow();
		if (bytes == null || bytes.length == 0) {
			throw new CaseworkException.Invalid("file", "casework.upload.empty");
		}
		if (bytes.length > limits.maxBytes()) {
			throw new CaseworkException.Invalid("file", "casework.upload.tooLarge", limits.maxBytes() / (1024 * 1024));
		}
		FileType type = FileType.detect(bytes, limits)
			.orElseThrow(() -> new CaseworkException.Invalid("file", "casework.upload.type"));
		CaseDocument document;
		int number;
		// a step that drafts a document adds its upload to that document (a new version
		// when the case has it already) unless another title is typed
		Optional<CaseDocument> drafted = (documentId == null) ? drafted(task, title) : Optional.empty();
		if (documentId == null && drafted.isEmpty()) {
			String named = draftedName(task).filter(n -> !StringUtils.hasText(title)).orElse(title);
			if (!StringUtils.hasText(named)) {
				throw new CaseworkException.Invalid("title", "casework.upload.titleRequired");
			}
			document = new CaseDocument(this.file.getId(), named.strip(), now());
			number = 1;
		}
		else {
			document = drafted.or(() -> this.parts.document(documentId))
				.filter(d -> d.getCaseId().equals(this.file.getId()))
				.orElseThrow(CaseworkException.NotFound::new);
			List<DocumentVersion> existing = this.parts.versions(document.getId());
			if (existing.stream().anyMatch(DocumentVersion::isSigned)) {
				throw new CaseworkException.Conflict("casework.upload.documentSigned");
			}
			number = existing.size() + 1;
		}
		String safeName = type.safeName(fileName);
		this.upload = new NewVersion(document, number, task, safeName, type, bytes, actor.personId(),
				holding.position().id(), now());
		register(new CaseEvent.DocumentUploaded(this.file.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), number, document.getTitle(), safeName));
	}

	/**
	 * Initials (paraf) a version: at most three reviewers, each more senior than the one
	 * before; only the latest version of a document, never a signed one.
	 */
	void initial(Actor actor, DocumentVersion version, String title) {
		this.file.ensureRunning();
		List<Paraf> existing = this.parts.parafs(version.getId());
		SopContent content = this.parts.content();
		Step step = (this.current != null) ? content.step(this.current.getStepNo()).orElse(null) : null;
		Holding holding = ParafPolicy
			.mayInitial(actor, version, this.parts.versions(version.getDocumentId()), existing,
					new ParafPolicy.At(content, step, title, this.file.getOriginUnitId(), this.org))
			.orThrow();
		this.paraf = new Paraf(version.getId(), existing.size() + 1, actor.personId(), holding.position().id(),
				holding.kind().name(), holding.position().rank(), now());
		register(new CaseEvent.Initialled(this.file.getId(), (this.current != null) ? this.current.getStepNo() : null,
				(this.current != null) ? this.current.getId() : null, ActedBy.of(actor, holding), version.getNumber(),
				title));
	}

	/**
	 * Signs a version: the owner of the current step signs; the version becomes final and
	 * gets the next number of the signer's unit for the year.
	 * @return the number given
	 */
	String sign(Actor actor, DocumentVersion version, String title, String klasifikasi, Numbers numbers) {
		return sign(actor, version, title, klasifikasi, numbers, false);
	}

	/**
	 * {@link #sign}, where {@code signerMakesTheFile} tells that the signed file needs
	 * the signer's own credentials, so that the number is taken now
	 * ({@link NumberPolicy#numberedLater(SopContent, String, boolean)}).
	 */
	String sign(Actor actor, DocumentVersion version, String title, String klasifikasi, Numbers numbers,
			boolean signerMakesTheFile) {
		this.file.ensureRunning();
		if (this.current == null) {
			throw new CaseworkException.Conflict("casework.case.notRunning", this.file.getRegistrationNo());
		}
		Task task = this.current;
		SopContent content = this.parts.content();
		Holding holding = SignPolicy
			.maySign(actor, task, version, this.parts.versions(version.getDocumentId()), this.org, content, title)
			.orThrow();
		klasifikasi = SignPolicy.klasifikasi(content, task, klasifikasi);
		if (!numbers.isKnown(klasifikasi)) {
			throw new CaseworkException.Invalid("klasifikasi", "casework.sign.klasifikasiUnknown");
		}
		// a later numbering step gives the number; else the signer's unit numbers now
		String nomor = NumberPolicy.numberedLater(content, title, signerMakesTheFile) ? null : numbers
			.next(this.org.unit(holding.position().unitId()).orElseThrow(), today().getYear(), klasifikasi);
		version.sign(actor.personId(), holding.position().id(), holding.kind().name(), klasifikasi, nomor, now());
		ActedBy by = ActedBy.of(actor, holding);
		register(new CaseEvent.Signed(this.file.getId(), task.getStepNo(), task.getId(), by, version.getNumber(),
				title));
		if (nomor != null) {
			register(new CaseEvent.Numbered(this.file.getId(), task.getStepNo(), task.getId(), by, nomor, title));
		}
		return nomor;
	}

	/**
	 * Numbers a version signed without a number, at the SOP's numbering step: the next
	 * number of the signer's unit, with the klasifikasi the signature chose.
	 */
	String number(Actor actor, DocumentVersion version, String title, Numbers numbers) {
		this.file.ensureRunning();
		if (this.current == null) {
			throw new CaseworkException.Conflict("casework.case.notRunning", this.file.getRegistrationNo());
		}
		Task task = this.current;
		Holding holding = NumberPolicy.mayNumber(actor, task, version, this.org, this.parts.content(), title).orThrow();
		UnitView unit = this.org.position(version.getSignedByPositionId())
			.flatMap(signer -> this.org.unit(signer.unitId()))
			.orElseThrow();
		String nomor = numbers.next(unit, today().getYear(), version.getKlasifikasi());
		version.number(nomor);
		register(new CaseEvent.Numbered(this.file.getId(), task.getStepNo(), task.getId(), ActedBy.of(actor, holding),
				nomor, title));
		return nomor;
	}

	/**
	 * Cancels a running case with a reason: by the head of its unit (or above) or an
	 * admin. Its open step and that step's delegations close.
	 */
	void cancel(Actor actor, String reason) {
		CancelPolicy.mayCancel(actor, this.file, this.org).orThrow();
		requireText(reason, "reason", "casework.cancel.reasonRequired");
		Instant now = now();
		if (this.current != null) {
			this.current.cancel(now);
			delegations().forEach(Delegation::close);
		}
		this.file.cancel(reason.strip(), now);
		register(new CaseEvent.CaseCancelled(this.file.getId(), ActedBy.of(actor, actor.senior().orElse(null)),
				reason.strip()));
	}

	/**
	 * The overdue job found the step past its time standard: marked once, so the holder
	 * and the superior are told once per breach.
	 * @return whether it was marked now (false: done or marked before the job got the
	 * lock)
	 */
	boolean markOverdue(String dueText) {
		if (this.current == null || this.current.getOverdueNotifiedAt() != null || this.current.getDueAt() == null
				|| !this.current.getDueAt().isBefore(now())) {
			return false;
		}
		this.current.markOverdueNotified(now());
		register(new CaseEvent.Overdue(this.file.getId(), this.current.getStepNo(), this.current.getId(), dueText));
		return true;
	}

	// --- what the store saves ----------------------------------------

	CaseFile file() {
		return this.file;
	}

	/** The task the case stood at when loaded (completed or cancelled by now, maybe). */
	Task current() {
		return this.current;
	}

	/** The task a transition opened, to insert. */
	Task opened() {
		return this.opened;
	}

	List<Delegation> disposed() {
		return this.disposed;
	}

	Paraf paraf() {
		return this.paraf;
	}

	NewVersion upload() {
		return this.upload;
	}

	RecurringReport report() {
		return this.report;
	}

	/** The events the transitions registered, in order; the store publishes them. */
	List<CaseEvent> events() {
		return List.copyOf(this.events);
	}

	// ------------------------------------------------------------------

	/** A Tidak sends the case back to the decision's Tidak target with its reason. */
	private void returnForRevision(Step step, ActedBy by, Optional<Step> target, String reason) {
		register(new CaseEvent.StepReturned(this.file.getId(), step.no(), this.current.getId(), by,
				target.map(Step::no).orElse(null), reason));
	}

	private Task open() {
		if (this.current == null) {
			throw new CaseworkException.Conflict("casework.case.notRunning", this.file.getRegistrationNo());
		}
		return this.current;
	}

	/** A tenggat's end: the close of its day in the offices' time zone. */
	private Instant endOf(java.time.LocalDate tenggat) {
		return tenggat.plusDays(1).atStartOfDay(this.parts.calendar().zone()).toInstant();
	}

	/** The case reaches a step: a task for the lane's position, with its due times. */
	private Task open(Step step, Long namedPersonId) {
		Lane lane = this.parts.content().lane(step.lane()).orElseThrow();
		PositionView position = LanePolicy.position(lane, this.file.getOriginUnitId(), this.org).orThrow();
		if (namedPersonId != null
				&& this.org.holdersOn(position.id()).stream().noneMatch(h -> h.person().id().equals(namedPersonId))) {
			throw new CaseworkException.Invalid("nextPersonId", "casework.complete.nextPersonNotHolder");
		}
		Instant at = now();
		Instant near = null;
		Instant due = null;
		if (step.time() != null) {
			WorkingCalendar calendar = this.parts.calendar();
			near = Deadlines.after(calendar, at, step.time().min(), step.time());
			due = Deadlines.after(calendar, at, step.time().max(), step.time());
		}
		this.file.standAt(step.no());
		this.opened = new Task(this.file.getId(), this.file.getKabupatenId(), step.no(), lane.key(), position.id(),
				lane.external() ? lane.name() : null, at, near, due);
		if (step.duty() != null) {
			this.opened.carries(step.duty().kind(),
					step.has(DocumentDuty.Kind.PARAF) ? ParafPolicy
						.lanePositions(this.parts.content(), step.duty(), this.file.getOriginUnitId(), this.org)
						.stream()
						.map(PositionView::id)
						.toList() : List.of());
		}
		return this.opened;
	}

	/** The name of the document the step drafts, if its duty drafts one. */
	private Optional<String> draftedName(Task task) {
		return this.parts.content()
			.step(task.getStepNo())
			.filter(step -> step.has(DocumentDuty.Kind.DRAFT))
			.map(step -> step.duty().document());
	}

	/**
	 * The case's document the step drafts, when the upload is for it (no other title
	 * typed) and the case has it already.
	 */
	private Optional<CaseDocument> drafted(Task task, String title) {
		return draftedName(task).filter(name -> !StringUtils.hasText(title) || DocumentDuty.sameDocument(name, title))
			.flatMap(this::documentNamed);
	}

	private Optional<CaseDocument> documentNamed(String name) {
		return this.parts.documents().stream().filter(d -> d.isNamed(name)).findFirst();
	}

	/** The step's documents as the output rule reads them, each read when asked. */
	private OutputPolicy.Facts outputFacts(Task task) {
		return new OutputPolicy.Facts(() -> this.parts.hasUpload(task.getId()), this.parts::documents,
				this.parts::versions, this.parts::parafs, this.file.getOriginUnitId());
	}

	private List<Delegation> delegations() {
		if (this.delegations == null) {
			this.delegations = (this.current != null) ? this.parts.delegations(this.current.getId()) : List.of();
		}
		return this.delegations;
	}

	private void register(CaseEvent event) {
		this.events.add(event);
	}

	private static void checkVersion(Task task, long version) {
		if (task.getVersion() != version) {
			throw new CaseworkException.Conflict("casework.task.changed");
		}
	}

	private static void requireText(String value, String field, String code) {
		if (!StringUtils.hasText(value)) {
			throw new CaseworkException.Invalid(field, code);
		}
	}

	private static String blankToNull(String s) {
		return StringUtils.hasText(s) ? s.strip() : null;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
