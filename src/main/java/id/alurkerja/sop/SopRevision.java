package id.alurkerja.sop;

import java.time.Instant;

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
 * A numbered revision of an SOP. Published revisions are frozen (the database refuses
 * changes).
 */
@Entity
class SopRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long sopId;

	private int number;

	@Enumerated(EnumType.STRING)
	private RevisionStatus status;

	private String name;

	private Instant publishedAt;

	@JdbcTypeCode(SqlTypes.JSON)
	private SopContent content;

	@Version
	private long version;

	protected SopRevision() {
	}

	SopRevision(Long sopId, int number, SopContent content) {
		this.sopId = sopId;
		this.number = number;
		this.status = RevisionStatus.DRAFT;
		this.content = content;
		this.name = content.identity().namaSop();
	}

	/**
	 * Makes this draft the published revision; the caller retires the previous one first.
	 */
	void publish(Instant at) {
		if (this.status != RevisionStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be published");
		}
		this.status = RevisionStatus.PUBLISHED;
		this.publishedAt = at;
	}

	/** Replaces the content of this draft; published and retired revisions are frozen. */
	void revise(SopContent content) {
		if (this.status != RevisionStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be edited");
		}
		this.content = content;
		this.name = (content.identity() != null && content.identity().namaSop() != null) ? content.identity().namaSop()
				: "";
	}

	void retire() {
		if (this.status != RevisionStatus.PUBLISHED) {
			throw new IllegalStateException("Only the published revision can be retired");
		}
		this.status = RevisionStatus.RETIRED;
	}

	Long getId() {
		return this.id;
	}

	Long getSopId() {
		return this.sopId;
	}

	int getNumber() {
		return this.number;
	}

	RevisionStatus getStatus() {
		return this.status;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	SopContent getContent() {
		return this.content;
	}

	long getVersion() {
		return this.version;
	}

}
