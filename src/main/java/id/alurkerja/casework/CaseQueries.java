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

	private final JdbcTemplate jdbc;

	CaseQueries(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			CaseDocumentRepository documents, DocumentVersionRepository versions, ParafRepository parafs,
			CaseAccess access, OrgDirectory directory, SopCatalog sops, CaseHistory history, JdbcTemplate jdbc) {
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
		List<DelegationView> delegationViews = taskList.stream()
			.flatMap(t -> this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(t.getId()).stream())
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
		List<DocumentView> documentViews = docs.stream()
			.map(d -> new DocumentView(d.getId(), d.getTitle(), versionsByDoc.getOrDefault(d.getId(), List.of())
				.stream()
				.map(v -> new VersionView(v.getId(), v.getNumber(), v.getStepNo(), v.getFileName(), v.getContentType(),
						v.getSizeBytes(), v.getSha256(), name(people, v.getUploadedByPersonId()), v.getUploadedAt(),
						v.getSignedAt(), name(people, v.getSignedByPersonId()), v.getKlasifikasi(), v.getNomor(),
						parafsByVersion.getOrDefault(v.getId(), List.of())
							.stream()
							.map(p -> new ParafView(p.getOrd(), name(people, p.getPersonId()),
									title(positions, p.getPositionId()), p.getActing(), p.getAt()))
							.toList()))
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
				delegationViews, documentViews, reports, this.history.events(c.getId()),
				this.history.verify(c.getId()));
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
