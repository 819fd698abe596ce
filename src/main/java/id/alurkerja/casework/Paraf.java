package id.alurkerja.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A reviewer's initial on one specific version of a draft. */
@Entity
class Paraf {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long versionId;

	private int ord;

	private Long personId;

	private Long positionId;

	private String acting;

	private int rank;

	private Instant at;

	protected Paraf() {
	}

	Paraf(Long versionId, int ord, Long personId, Long positionId, String acting, int rank, Instant at) {
		this.versionId = versionId;
		this.ord = ord;
		this.personId = personId;
		this.positionId = positionId;
		this.acting = acting;
		this.rank = rank;
		this.at = at;
	}

	Long getVersionId() {
		return this.versionId;
	}

	int getOrd() {
		return this.ord;
	}

	Long getPersonId() {
		return this.personId;
	}

	Long getPositionId() {
		return this.positionId;
	}

	String getActing() {
		return this.acting;
	}

	int getRank() {
		return this.rank;
	}

	Instant getAt() {
		return this.at;
	}

}
