package id.alurkerja.casework;

import java.time.Instant;

import id.alurkerja.sop.DocumentDuty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A document of a case (a draft, an attachment); its files are its versions. */
@Entity
class CaseDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long caseId;

	private String title;

	private Instant createdAt;

	@Version
	private long version;

	protected CaseDocument() {
	}

	CaseDocument(Long caseId, String title, Instant at) {
		this.caseId = caseId;
		this.title = title;
		this.createdAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getCaseId() {
		return this.caseId;
	}

	String getTitle() {
		return this.title;
	}

	/** Whether this is the document of that name (as the SOP's duties name it). */
	boolean isNamed(String name) {
		return DocumentDuty.sameDocument(this.title, name);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
