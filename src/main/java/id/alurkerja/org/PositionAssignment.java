package id.alurkerja.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person holding a position over a date range. Past assignments are kept so that the
 * history of a case still says who acted as what.
 */
@Entity
class PositionAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private Long positionId;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private AssignmentKind kind;

	private LocalDate startDate;

	private LocalDate endDate;

	@Version
	private long version;

	protected PositionAssignment() {
	}

	PositionAssignment(Long kabupatenId, Long positionId, Long personId, AssignmentKind kind, LocalDate startDate,
			LocalDate endDate) {
		this.kabupatenId = kabupatenId;
		this.positionId = positionId;
		this.personId = personId;
		this.kind = kind;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	Long getId() {
		return this.id;
	}

	Long getPositionId() {
		return this.positionId;
	}

	Long getPersonId() {
		return this.personId;
	}

	AssignmentKind getKind() {
		return this.kind;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	boolean activeOn(LocalDate day) {
		return !day.isBefore(this.startDate) && (this.endDate == null || !day.isAfter(this.endDate));
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	/**
	 * Ends the assignment on {@code day} (inclusive); the record stays for the history.
	 */
	void endOn(LocalDate day) {
		if (day.isBefore(this.startDate)) {
			throw new IllegalArgumentException("An assignment cannot end before it starts");
		}
		this.endDate = day;
	}

}
