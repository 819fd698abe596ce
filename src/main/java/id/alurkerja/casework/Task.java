package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.alurkerja.sop.DocumentDuty;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A step of a case as work for a position: created when the case reaches the step,
 * completed once. It keeps what the evaluation of the SOP needs: when it was created,
 * taken and completed, by whom and in which capacity, and its due times.
 */
@Entity
class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long caseId;

	private Long kabupatenId;

	private String stepNo;

	private String laneKey;

	private Long positionId;

	private String onBehalfOf;

	private Long assigneePersonId;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private Instant createdAt;

	private Instant takenAt;

	private Instant completedAt;

	private Instant nearAt;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Long completedByPersonId;

	private Long completedByPositionId;

	private String completedActing;

	private Long fromPersonId;

	private Long fromPositionId;

	private String arahan;

	@Enumerated(EnumType.STRING)
	private Sifat sifat;

	private LocalDate deadline;

	private String returnReason;

	private String returnedFromStep;

	private String outputMissingReason;

	/** Indexes of the step's Keterangan items ticked off. */
	@JdbcTypeCode(SqlTypes.JSON)
	private List<Integer> checklist = new ArrayList<>();

	/**
	 * Set by the overdue job; not a change a user's form must notice, so it leaves the
	 * version alone (a Selesaikan rendered before the job ran still applies).
	 */
	@OptimisticLock(excluded = true)
	private Instant overdueNotifiedAt;

	/** The document duty of the step, copied from the SOP when the case reached it. */
	@Enumerated(EnumType.STRING)
	private DocumentDuty.Kind duty;

	/** The positions whose paraf the step asks (a paraf duty): their inboxes list it. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private Long[] parafPositionIds;

	@Version
	private long version;

	protected Task() {
	}

	Task(Long caseId, Long kabupatenId, String stepNo, String laneKey, Long positionId, String onBehalfOf,
			Instant createdAt, Instant nearAt, Instant dueAt) {
		this.caseId = caseId;
		this.kabupatenId = kabupatenId;
		this.stepNo = stepNo;
		this.laneKey = laneKey;
		this.positionId = positionId;
		this.onBehalfOf = onBehalfOf;
		this.status = TaskStatus.OPEN;
		this.createdAt = createdAt;
		this.nearAt = nearAt;
		this.dueAt = dueAt;
	}

	/**
	 * What the sender passed along with this task: a disposition, or the reason of a
	 * Tidak.
	 */
	void receivedFrom(Long personId, Long positionId, String arahan, Sifat sifat, LocalDate deadline,
			Long namedPersonId) {
		this.fromPersonId = personId;
		this.fromPositionId = positionId;
		this.arahan = arahan;
		this.sifat = sifat;
		this.deadline = deadline;
		this.assigneePersonId = namedPersonId;
	}

	/**
	 * A tenggat earlier than the step's time standard: the task is due (and near its
	 * limit) by then.
	 */
	void tightenDue(Instant by) {
		if (this.dueAt == null || by.isBefore(this.dueAt)) {
			this.dueAt = by;
		}
		if (this.nearAt != null && by.isBefore(this.nearAt)) {
			this.nearAt = by;
		}
	}

	/** What the step does with a document, and whose paraf it asks. */
	void carries(DocumentDuty.Kind duty, List<Long> parafPositionIds) {
		this.duty = duty;
		this.parafPositionIds = parafPositionIds.isEmpty() ? null : parafPositionIds.toArray(Long[]::new);
	}

	void returnedBecause(String reason, String fromStep) {
		this.returnReason = reason;
		this.returnedFromStep = fromStep;
	}

	void take(Long personId, Instant at) {
		ensureOpen();
		this.assigneePersonId = personId;
		this.takenAt = at;
	}

	void complete(Outcome outcome, Long personId, Long positionId, String acting, String outputMissingReason,
			Instant at) {
		ensureOpen();
		if (this.takenAt == null) {
			this.takenAt = at;
		}
		this.status = TaskStatus.DONE;
		this.outcome = outcome;
		this.completedByPersonId = personId;
		this.completedByPositionId = positionId;
		this.completedActing = acting;
		this.outputMissingReason = outputMissingReason;
		this.completedAt = at;
	}

	void cancel(Instant at) {
		ensureOpen();
		this.status = TaskStatus.CANCELLED;
		this.completedAt = at;
	}

	void tick(int index, boolean done) {
		ensureOpen();
		List<Integer> list = new ArrayList<>(this.checklist);
		list.remove(Integer.valueOf(index));
		if (done) {
			list.add(index);
			list.sort(null);
		}
		this.checklist = list;
	}

	void markOverdueNotified(Instant at) {
		this.overdueNotifiedAt = at;
	}

	void ensureOpen() {
		if (this.status != TaskStatus.OPEN) {
			throw new CaseworkException.Conflict("casework.task.notOpen");
		}
	}

	Long getId() {
		return this.id;
	}

	Long getCaseId() {
		return this.caseId;
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	String getStepNo() {
		return this.stepNo;
	}

	String getLaneKey() {
		return this.laneKey;
	}

	Long getPositionId() {
		return this.positionId;
	}

	String getOnBehalfOf() {
		return this.onBehalfOf;
	}

	Long getAssigneePersonId() {
		return this.assigneePersonId;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getTakenAt() {
		return this.takenAt;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

	Instant getNearAt() {
		return this.nearAt;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	Long getCompletedByPersonId() {
		return this.completedByPersonId;
	}

	Long getCompletedByPositionId() {
		return this.completedByPositionId;
	}

	String getCompletedActing() {
		return this.completedActing;
	}

	Long getFromPersonId() {
		return this.fromPersonId;
	}

	Long getFromPositionId() {
		return this.fromPositionId;
	}

	String getArahan() {
		return this.arahan;
	}

	Sifat getSifat() {
		return this.sifat;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	String getReturnedFromStep() {
		return this.returnedFromStep;
	}

	String getOutputMissingReason() {
		return this.outputMissingReason;
	}

	List<Integer> getChecklist() {
		return List.copyOf(this.checklist);
	}

	Instant getOverdueNotifiedAt() {
		return this.overdueNotifiedAt;
	}

	long getVersion() {
		return this.version;
	}

}
