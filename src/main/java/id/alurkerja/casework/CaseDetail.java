package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.alurkerja.audit.CaseEventView;
import id.alurkerja.audit.ChainCheck;
import id.alurkerja.sop.SopRevisionView;

/** Everything the case page shows of one case, read in a fixed number of queries. */
public record CaseDetail(CaseSummary summary, SopRevisionView revision, List<TaskView> tasks,
		List<DelegationView> delegations, List<DocumentView> documents, List<ReportView> reports,
		List<CaseEventView> events, ChainCheck chain) {

	public Optional<TaskView> openTask() {
		return this.tasks.stream().filter(t -> t.status() == TaskStatus.OPEN).findFirst();
	}

	public record CaseSummary(Long id, String registrationNo, String perihal, String suratDari, String nomorSurat,
			LocalDate tanggalSurat, LocalDate receivedOn, Sifat sifat, CaseStatus status, String cancelReason,
			String currentStepNo, Instant startedAt, Instant endedAt, Long unitId, long version) {
	}

	public record TaskView(Long id, String stepNo, String laneKey, Long positionId, String positionTitle,
			String onBehalfOf, Long assigneePersonId, String assigneeName, TaskStatus status, Instant createdAt,
			Instant takenAt, Instant completedAt, Instant nearAt, Instant dueAt, Outcome outcome,
			Long completedByPersonId, String completedByName, String completedActing, String fromName,
			String fromPosition, String arahan, Sifat sifat, LocalDate deadline, String returnReason,
			String returnedFromStep, String outputMissingReason, List<Integer> checklist, long version) {

		/**
		 * Whether the task met its time standard (null when the step has none or it is
		 * still open).
		 */
		public Boolean withinStandard() {
			return (this.dueAt == null || this.completedAt == null) ? null : !this.completedAt.isAfter(this.dueAt);
		}

	}

	public record DelegationView(Long id, Long taskId, Long parentId, String fromName, String fromPosition,
			Long toPositionId, String toPosition, String toPersonName, String arahan, Sifat sifat, LocalDate deadline,
			Instant createdAt, String status, String report, Instant reportedAt, String reportedByName) {
	}

	public record DocumentView(Long id, String title, List<VersionView> versions) {

		public VersionView latest() {
			return this.versions.get(this.versions.size() - 1);
		}

	}

	public record VersionView(Long id, int number, String stepNo, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedByName, Instant uploadedAt, Instant signedAt, String signedByName,
			String klasifikasi, String nomor, List<ParafView> parafs, id.alurkerja.tte.SignedFile signedFile) {
	}

	public record ParafView(int ord, Long personId, String personName, String positionTitle, String acting,
			Instant at) {
	}

	public record ReportView(String kind, String body, String toPosition, String fromName, Instant submittedAt) {
	}

}
