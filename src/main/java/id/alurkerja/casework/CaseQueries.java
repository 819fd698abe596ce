package id.alurkerja.casework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.alurkerja.audit.CaseHistory;
import id.alurkerja.casework.CaseDetail.CaseSummary;
import id.alurkerja.casework.CaseDetail.DelegationView;
import id.alurkerja.casework.CaseDetail.DocumentView;
import id.alurkerja.casework.CaseDetail.ParafView;
import id.alurkerja.casework.CaseDetail.ReportView;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.casework.CaseDetail.VersionView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PersonView;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.SopCatalog;

import id.alurkerja.shared.CaseId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for pages and tests; a case the user may not see is not found. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	private final CaseFileRepository cases;

	private final TaskRepository tasks;

	private final DelegationRepository delegations;

	private final CaseDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final ParafRepository parafs;

	private final CaseAccess access;

	private final OrgDirectory directory;

	private final SopCatalog sops;

	private final CaseHistory history;

	private final id.alurkerja.casework.numbering.Numbering numbering;

	private final JdbcTemplate jdbc;

	private final java.time.Clock clock;

	private final id.alurkerja.tte.SignedDocuments signedFiles;

	CaseQueries(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			CaseDocumentRepository documents, DocumentVersionRepository versions, ParafRepository parafs,
			CaseAccess access, OrgDirectory directory, SopCatalog sops, CaseHistory history,
			id.alurkerja.casework.numbering.Numbering numbering, JdbcTemplate jdbc, java.time.Clock clock,
			id.alurkerja.tte.SignedDocuments signedFiles) {
		this.signedFiles = signedFiles;
		this.clock = clock;
		this.numbering = numbering;
		this.cases = cases;
		this.tasks = tasks;
		this.delegations = delegations;
		this.documents = documents;
		this.versions = versions;
		this.parafs = parafs;
		this.access = access;
		this.directory = directory;
		this.sops = sops;
		this.history = history;
		this.jdbc = jdbc;
	}

	public Actor actor(AlurUser user) {
		return this.access.actor(user);
	}

	public CaseDetail detail(AlurUser user, Long caseId) {
		Actor actor = this.access.actor(user);
		CaseFile c = this.cases.findByIdAndKabupatenId(caseId, actor.kabupatenId())
			.filter(x -> this.access.canView(actor, x))
			.orElseThrow(CaseworkException.NotFound::new);
		Long kabupatenId = c.getKabupatenId();
		Map<Long, PersonView> people = this.directory.people(kabupatenId)
			.stream()
			.collect(Collectors.toMap(PersonView::id, Function.identity()));
		Map<Long, PositionView> positions = this.directory.positions(kabupatenId)
			.stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		List<Task> taskList = this.tasks.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId());
		List<TaskView> taskViews = taskList.stream().map(t -> view(t, people, positions)).toList();
		// one query for all tasks' delegations, however long the case ran
		List<DelegationView> delegationViews = (taskList.isEmpty() ? List.<Delegation>of()
				: this.delegations.findByTaskIdInOrderByCreatedAtAscIdAsc(taskList.stream().map(Task::getId).toList()))
			.stream()
			.map(d -> new DelegationView(d.getId(), d.getTaskId(), d.getParentId(), name(people, d.getFromPersonId()),
					title(positions, d.getFromPositionId()), d.getToPositionId(), title(positions, d.getToPositionId()),
					name(people, d.getToPersonId()), d.getArahan(), d.getSifat(), d.getDeadline(), d.getCreatedAt(),
					d.getStatus().name(), d.getReport(), d.getReportedAt(), name(people, d.getReportedByPersonId())))
			.toList();
		List<CaseDocument> docs = this.documents.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId());
		Map<Long, List<DocumentVersion>> versionsByDoc = docs.isEmpty() ? Map.of()
				: this.versions.findByDocumentIdInOrderByNumberAsc(docs.stream().map(CaseDocument::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
		List<Long> versionIds = versionsByDoc.values()
			.stream()
			.flatMap(List::stream)
			.map(DocumentVersion::getId)
			.toList();
		Map<Long, List<Paraf>> parafsByVersion = versionIds.isEmpty() ? Map.of()
				: this.parafs.findByVersionIdInOrderByOrdAsc(versionIds)
					.stream()
					.collect(Collectors.groupingBy(Paraf::getVersionId));
		// the signed files (tte) of signed versions, asked only when a version is signed
		List<Long> signedIds = versionsByDoc.values()
			.stream()
			.flatMap(List::stream)
			.filter(DocumentVersion::isSigned)
			.map(DocumentVersion::getId)
			.toList();
		Map<Long, id.alurkerja.tte.SignedFile> signedFiles = signedIds.isEmpty() ? Map.of()
				: this.signedFiles.ofVersions(c.getKabupatenId(), signedIds);
		List<DocumentView> documentViews = docs.stream()
			.map(d -> new DocumentView(d.getId(), d.getTitle(), versionsByDoc.getOrDefault(d.getId(), List.of())
				.stream()
				.map(v -> new VersionView(v.getId(), v.getNumber(), v.getStepNo(), v.getFileName(), v.getContentType(),
						v.getSizeBytes(), v.getSha256(), name(people, v.getUploadedByPersonId()), v.getUploadedAt(),
						v.getSignedAt(), name(people, v.getSignedByPersonId()), v.getKlasifikasi(), v.getNomor(),
						parafsByVersion.getOrDefault(v.getId(), List.of())
							.stream()
							.map(p -> new ParafView(p.getOrd(), p.getPersonId(), name(people, p.getPersonId()),
									title(positions, p.getPositionId()), p.getActing(), p.getAt()))
							.toList(),
						signedFiles.get(v.getId())))
				.toList()))
			.filter(d -> !d.versions().isEmpty())
			.toList();
		List<ReportView> reports = this.jdbc.query("""
				select kind, body, to_position_id, from_person_id, submitted_at from case_report
				where case_id = ? order by submitted_at, id""",
				(rs, i) -> new ReportView(rs.getString(1), rs.getString(2), title(positions, rs.getLong(3)),
						name(people, rs.getLong(4)), rs.getTimestamp(5).toInstant()),
				c.getId());
		CaseSummary summary = new CaseSummary(c.getId(), c.getRegistrationNo(), c.getPerihal(), c.getSuratDari(),
				c.getNomorSurat(), c.getTanggalSurat(), c.getReceivedOn(), c.getSifat(), c.getStatus(),
				c.getCancelReason(), c.getCurrentStepNo(), c.getStartedAt(), c.getEndedAt(), c.getUnitId(),
				c.getVersion());
		return new CaseDetail(summary, this.sops.revisionById(c.getSopRevisionId()).orElseThrow(), taskViews,
				delegationViews, documentViews, reports, this.history.events(CaseId.of(c.getId())),
				this.history.verify(CaseId.of(c.getId())));
	}

	/**
	 * The actions the user may take on the case now, from the same rules the services
	 * enforce.
	 */
	public ActionPanel panel(AlurUser user, CaseDetail detail) {
		Actor actor = this.access.actor(user);
		CaseFile c = this.cases.findByIdAndKabupatenId(detail.summary().id(), actor.kabupatenId())
			.orElseThrow(CaseworkException.NotFound::new);
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		Organisation organisation = Organisation.of(this.directory, c.getKabupatenId(), today);
		boolean cancel = CancelPolicy.mayCancel(actor, c, organisation).allowed();
		java.util.Optional<TaskView> open = detail.openTask();
		if (open.isEmpty()) {
			return ActionPanel.none();
		}
		Task task = this.tasks.findById(open.get().id()).orElseThrow(CaseworkException.NotFound::new);
		Long kabupatenId = c.getKabupatenId();
		id.alurkerja.sop.SopContent content = detail.revision().content();
		id.alurkerja.sop.SopContent.Step step = content.step(task.getStepNo()).orElseThrow();
		List<Delegation> taskDelegations = this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId());
		// each action is offered exactly when the service's policy would accept it
		boolean owner = TaskActorPolicy.owner(actor, task, organisation).allowed();
		boolean take = TakePolicy.mayTake(actor, task, organisation).allowed();
		Verdict<?> completion = CompletionPolicy.mayComplete(actor, task, taskDelegations, organisation);
		boolean complete = completion.allowed();
		boolean decision = step.kind() == id.alurkerja.sop.StepKind.DECISION;
		ActionPanel.NextActor next = null;
		ActionPanel.NextActor ya = null;
		ActionPanel.NextActor tidak = null;
		if (complete) {
			if (decision) {
				ya = nextActor(c, content, RoutingPolicy.next(content, step, Outcome.YA), today);
				tidak = nextActor(c, content, RoutingPolicy.next(content, step, Outcome.TIDAK), today);
			}
			else {
				next = nextActor(c, content, RoutingPolicy.next(content, step, Outcome.DONE), today);
			}
		}
		List<ActionPanel.Blocked> blocked = new java.util.ArrayList<>();
		if (owner && !completion.allowed()) {
			blocked.add(blocked("complete", completion));
		}
		Delegation mine = TaskActorPolicy.received(actor, taskDelegations).orElse(null);
		Verdict<?> reportBack = (mine != null) ? ReportBackPolicy.mayReportBack(actor, mine, taskDelegations) : null;
		Delegation reportable = (reportBack != null && reportBack.allowed()) ? mine : null;
		if (reportBack != null && !reportBack.allowed()) {
			blocked.add(blocked("reportBack", reportBack));
		}
		List<ActionPanel.PositionChoice> delegateTo = DispositionPolicy
			.mayDispose(actor, task, () -> taskDelegations, organisation)
			.value()
			.map(from -> DispositionPolicy.targets(from, organisation)
				.stream()
				.map(p -> new ActionPanel.PositionChoice(p.id(), p.title(), choices(kabupatenId, p.id(), today)))
				.toList())
			.orElse(List.of());
		List<ActionPanel.ChecklistItem> checklist = new java.util.ArrayList<>();
		for (int i = 0; i < step.keterangan().size(); i++) {
			checklist.add(new ActionPanel.ChecklistItem(i, step.keterangan().get(i), task.getChecklist().contains(i)));
		}
		List<ReportKind> reportKinds = (owner && step.reportsTo() != null)
				? step.recurringReports().stream().map(ReportKind::valueOf).toList() : List.of();
		boolean upload = UploadPolicy
			.mayUpload(actor, c, task, () -> taskDelegations, () -> detail.tasks().size() == 1, organisation)
			.allowed();
		// paraf and signature on the latest version of each document, by the same rules
		// as the service
		java.util.Set<Long> paraf = new java.util.HashSet<>();
		java.util.Set<Long> sign = new java.util.HashSet<>();
		java.util.Set<Long> number = new java.util.HashSet<>();
		List<CaseDocument> docs = detail.documents().isEmpty() ? List.of()
				: this.documents.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId());
		Map<Long, List<DocumentVersion>> versionsByDoc = Map.of();
		Map<Long, List<Paraf>> parafsByVersion = Map.of();
		if (!docs.isEmpty()) {
			versionsByDoc = this.versions
				.findByDocumentIdInOrderByNumberAsc(docs.stream().map(CaseDocument::getId).toList())
				.stream()
				.collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
			List<DocumentVersion> latest = versionsByDoc.values().stream().map(v -> v.get(v.size() - 1)).toList();
			parafsByVersion = this.parafs
				.findByVersionIdInOrderByOrdAsc(latest.stream().map(DocumentVersion::getId).toList())
				.stream()
				.collect(Collectors.groupingBy(Paraf::getVersionId));
			for (CaseDocument d : docs) {
				List<DocumentVersion> all = versionsByDoc.getOrDefault(d.getId(), List.of());
				if (all.isEmpty()) {
					continue;
				}
				DocumentVersion v = all.get(all.size() - 1);
				if (ParafPolicy
					.mayInitial(actor, v, all, parafsByVersion.getOrDefault(v.getId(), List.of()),
							new ParafPolicy.At(content, step, d.getTitle(), c.getOriginUnitId(), organisation))
					.allowed()) {
					paraf.add(v.getId());
				}
				Verdict<id.alurkerja.org.Holding> mayItSign = SignPolicy.maySign(actor, task, v, all, organisation,
						content, d.getTitle());
				if (mayItSign.allowed()) {
					sign.add(v.getId());
				}
				else if ("casework.sign.notPdf".equals(mayItSign.code())) {
					// the signer is told why: the draft must become a PDF first
					blocked.add(blocked("sign", mayItSign));
				}
				if (NumberPolicy.mayNumber(actor, task, v, organisation, content, d.getTitle()).allowed()) {
					number.add(v.getId());
				}
			}
		}
		// the output the step must leave, by the rule the service applies (a Tidak is
		// asked
		// for its reason only)
		Map<Long, List<DocumentVersion>> versionsOf = versionsByDoc;
		Map<Long, List<Paraf>> parafsOf = parafsByVersion;
		boolean outputMissing = OutputPolicy.missing(content, step, task.getId(), Outcome.DONE,
				new OutputPolicy.Facts(
						() -> versionsOf.values()
							.stream()
							.flatMap(List::stream)
							.anyMatch(v -> task.getId().equals(v.getTaskId())),
						() -> docs, id -> versionsOf.getOrDefault(id, List.of()),
						id -> parafsOf.getOrDefault(id, List.of()), c.getOriginUnitId()),
				organisation);
		return new ActionPanel(task.getId(), task.getVersion(), take, complete, decision, next, ya, tidak,
				OutputPolicy.expected(step), outputMissing, checklist, delegateTo,
				(reportable != null) ? reportable.getId() : null,
				(reportable != null) ? this.directory.position(kabupatenId, reportable.getFromPositionId())
					.map(PositionView::title)
					.orElse(null) : null,
				reportKinds, upload, sign, number, paraf, cancel, List.copyOf(blocked));
	}

	/**
	 * The units a new case of the revision may come from (the villages a kecamatan's SOP
	 * serves), when a lane of it depends on the case's origin; else none.
	 */
	public List<id.alurkerja.org.UnitView> origins(AlurUser user, id.alurkerja.sop.SopRevisionView revision) {
		if (revision.content().originKind().isEmpty()) {
			return List.of();
		}
		return LanePolicy.origins(revision.content(), revision.unitId(),
				Organisation.of(this.directory, user.kabupatenId(), java.time.LocalDate.now(this.clock)));
	}

	/**
	 * Who will act in each lane of a new case of the revision from the origin unit (none
	 * chosen yet: the lanes bound to it say so), by the rule the registration applies.
	 */
	public List<LaneActor> laneActors(AlurUser user, id.alurkerja.sop.SopRevisionView revision, Long originUnitId) {
		Organisation org = Organisation.of(this.directory, user.kabupatenId(), java.time.LocalDate.now(this.clock));
		// an origin the SOP does not serve is no preview: the form offers only those it
		// serves
		Long origin = LanePolicy.origins(revision.content(), revision.unitId(), org)
			.stream()
			.anyMatch(u -> u.id().equals(originUnitId)) ? originUnitId : null;
		return LanePolicy.cast(revision.content(), origin, org)
			.stream()
			.map(cast -> LaneActor.of(cast, origin == null && cast.lane().boundToOrigin()))
			.toList();
	}

	/**
	 * The signing confirmation of a version, for the one who may sign it now (by the rule
	 * the service applies); anyone else is refused as the service would refuse them.
	 */
	public SignConfirmation signing(AlurUser user, Long caseId, Long versionId) {
		CaseDetail detail = detail(user, caseId);
		Actor actor = this.access.actor(user);
		DocumentVersion version = this.versions.findById(versionId)
			.filter(v -> v.getKabupatenId().equals(actor.kabupatenId()))
			.orElseThrow(CaseworkException.NotFound::new);
		CaseDocument document = this.documents.findById(version.getDocumentId())
			.filter(d -> d.getCaseId().equals(caseId))
			.orElseThrow(CaseworkException.NotFound::new);
		TaskView open = detail.openTask()
			.orElseThrow(() -> new CaseworkException.Conflict("casework.case.notRunning",
					detail.summary().registrationNo()));
		Task task = this.tasks.findById(open.id()).orElseThrow(CaseworkException.NotFound::new);
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		Organisation organisation = Organisation.of(this.directory, actor.kabupatenId(), today);
		id.alurkerja.sop.SopContent content = detail.revision().content();
		List<DocumentVersion> all = this.versions.findByDocumentIdInOrderByNumberAsc(List.of(document.getId()));
		// the signer sees the page even for a DOCX, which tells them to convert it first
		id.alurkerja.org.Holding holding = SignPolicy
			.signer(actor, task, version, all, organisation, content, document.getTitle())
			.orThrow();
		boolean convertFirst = !SignPolicy.signableFile(version).allowed();
		String fixed = SignPolicy.klasifikasi(content, task, null);
		List<ActionPanel.Klasifikasi> klasifikasi = this.numbering.klasifikasi()
			.stream()
			.filter(k -> fixed == null || fixed.equals(k.code()))
			.map(k -> new ActionPanel.Klasifikasi(k.code(), k.name()))
			.toList();
		SignConfirmation.NumberingStep numberedAt = NumberPolicy.numberedLater(content, document.getTitle(),
				this.signedFiles.asksPassphrase())
						? content.numberingStep(document.getTitle())
							.map(step -> new SignConfirmation.NumberingStep(step.no(), step.activity()))
							.orElseThrow()
						: null;
		// the number the signature would take now, with the klasifikasi still to choose
		// shown as such
		String provisional = (numberedAt != null) ? null
				: organisation.unit(holding.position().unitId())
					.map(unit -> this.numbering.preview(unit, today.getYear(), (fixed != null) ? fixed : "…"))
					.orElse(null);
		VersionView view = detail.documents()
			.stream()
			.flatMap(d -> d.versions().stream())
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		return new SignConfirmation(caseId, detail.summary().registrationNo(), detail.summary().perihal(),
				document.getTitle(), view, SignConfirmation.Preview.of(version.getContentType()),
				holding.positionLabel(), fixed, klasifikasi, provisional, numberedAt, convertFirst,
				new SignConfirmation.Tte(this.signedFiles.enabled(), this.signedFiles.asksPassphrase(),
						this.signedFiles.demo(actor.kabupatenId())));
	}

	private static ActionPanel.Blocked blocked(String action, Verdict<?> verdict) {
		return new ActionPanel.Blocked(action, verdict.code(), verdict.refusal().args());
	}

	private ActionPanel.NextActor nextActor(CaseFile c, id.alurkerja.sop.SopContent content,
			java.util.Optional<id.alurkerja.sop.SopContent.Step> target, java.time.LocalDate today) {
		if (target.isEmpty()) {
			return new ActionPanel.NextActor(null, null, null, List.of(), true);
		}
		id.alurkerja.sop.SopContent.Step step = target.get();
		id.alurkerja.sop.SopContent.Lane lane = content.lane(step.lane()).orElseThrow();
		return LanePolicy
			.position(lane, c.getOriginUnitId(), Organisation.of(this.directory, c.getKabupatenId(), today))
			.value()
			.map(p -> new ActionPanel.NextActor(step.no(), step.activity(),
					lane.external() ? p.title() + " (atas nama " + lane.name() + ")" : p.title(),
					choices(c.getKabupatenId(), p.id(), today), false))
			.orElse(new ActionPanel.NextActor(step.no(), step.activity(), lane.name(), List.of(), false));
	}

	private List<ActionPanel.PersonChoice> choices(Long kabupatenId, Long positionId, java.time.LocalDate today) {
		return this.directory.holdersOn(kabupatenId, positionId, today)
			.stream()
			.map(h -> new ActionPanel.PersonChoice(h.person().id(), h.person().name(), h.kind().prefix()))
			.toList();
	}

	private static TaskView view(Task t, Map<Long, PersonView> people, Map<Long, PositionView> positions) {
		return new TaskView(t.getId(), t.getStepNo(), t.getLaneKey(), t.getPositionId(),
				title(positions, t.getPositionId()), t.getOnBehalfOf(), t.getAssigneePersonId(),
				name(people, t.getAssigneePersonId()), t.getStatus(), t.getCreatedAt(), t.getTakenAt(),
				t.getCompletedAt(), t.getNearAt(), t.getDueAt(), t.getOutcome(), t.getCompletedByPersonId(),
				name(people, t.getCompletedByPersonId()), t.getCompletedActing(), name(people, t.getFromPersonId()),
				title(positions, t.getFromPositionId()), t.getArahan(), t.getSifat(), t.getDeadline(),
				t.getReturnReason(), t.getReturnedFromStep(), t.getOutputMissingReason(), t.getChecklist(),
				t.getVersion());
	}

	private static String name(Map<Long, PersonView> people, Long id) {
		PersonView p = (id != null) ? people.get(id) : null;
		return (p != null) ? p.name() : null;
	}

	private static String title(Map<Long, PositionView> positions, Long id) {
		PositionView p = (id != null) ? positions.get(id) : null;
		return (p != null) ? p.title() : null;
	}

}
