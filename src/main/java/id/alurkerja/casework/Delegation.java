package id.alurkerja.casework;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A step handed down within itself (Kadis → Kabid → Kasi) with an instruction; it comes
 * back up with a report. The step still completes only by its owner.
 */
@Entity
class Delegation {

	enum Status {

		OPEN, REPORTED, CLOSED,
		/** Taken back by its sender before its recipient opened the case. */
		RECALLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long taskId;

	private Long parentId;

	private Long fromPersonId;

	private Long fromPositionId;

	private Long toPositionId;

	private Long toPersonId;

	private String arahan;

	@Enumerated(EnumType.STRING)
	private Sifat sifat;

	private LocalDate deadline;

	/** Whether the step waits for this branch's report; a tembusan it does not. */
	private boolean required = true;

	/** The standard instructions ticked on the lembar disposisi. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] instructions = new String[0];

	private Instant recalledAt;

	/** When its recipient first opened the case after it was sent; null while unread. */
	private Instant readAt;

	/** The recipient's due time: the tenggat's end when earlier than the step's. */
	private Instant dueAt;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String report;

	private Instant reportedAt;

	private Long reportedByPersonId;

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(Long taskId, Long parentId, Long fromPersonId, Long fromPositionId, Long toPositionId, Long toPersonId,
			String arahan, Sifat sifat, LocalDate deadline, Instant at) {
		this.taskId = taskId;
		this.parentId = parentId;
		this.fromPersonId = fromPersonId;
		this.fromPositionId = fromPositionId;
		this.toPositionId = toPositionId;
		this.toPersonId = toPersonId;
		this.arahan = arahan;
		this.sifat = sifat;
		this.deadline = deadline;
		this.createdAt = at;
		this.status = Status.OPEN;
	}

	/** The branch's instructions, and whether the step waits for it (not a tembusan). */
	void asBranch(List<String> instructions, boolean required) {
		this.instructions = instructions.toArray(String[]::new);
		this.required = required;
	}

	/** The sender takes the branch back (its recipient has not opened the case yet). */
	void recall(Instant at) {
		if (this.status != Status.OPEN) {
			throw new CaseworkException.Conflict("casework.delegation.notOpen");
		}
		this.status = Status.RECALLED;
		this.recalledAt = at;
	}

	boolean isRead() {
		return this.readAt != null;
	}

	boolean isRequired() {
		return this.required;
	}

	/**
	 * Open and waited for: the step (or the parent branch) cannot go on before it is
	 * back.
	 */
	boolean awaited() {
		return isOpen() && this.required;
	}

	List<String> getInstructions() {
		return List.of(this.instructions);
	}

	/** The recipient is due by this time (the step's, or the tenggat's when earlier). */
	void dueBy(Instant at) {
		this.dueAt = at;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	void reportBack(String report, Long personId, Instant at) {
		if (this.status != Status.OPEN) {
			throw new CaseworkException.Conflict("casework.delegation.notOpen");
		}
		this.status = Status.REPORTED;
		this.report = report;
		this.reportedByPersonId = personId;
		this.reportedAt = at;
	}

	void close() {
		if (this.status == Status.OPEN) {
			this.status = Status.CLOSED;
		}
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	Long getId() {
		return this.id;
	}

	Long getTaskId() {
		return this.taskId;
	}

	Long getParentId() {
		return this.parentId;
	}

	Long getFromPersonId() {
		return this.fromPersonId;
	}

	Long getFromPositionId() {
		return this.fromPositionId;
	}

	Long getToPositionId() {
		return this.toPositionId;
	}

	Long getToPersonId() {
		return this.toPersonId;
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

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Status getStatus() {
		return this.status;
	}

	String getReport() {
		return this.report;
	}

	Instant getReportedAt() {
		return this.reportedAt;
	}

	Long getReportedByPersonId() {
		return this.reportedByPersonId;
	}

	long getVersion() {
		return this.version;
	}

}
