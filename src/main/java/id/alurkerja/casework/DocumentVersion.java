package id.alurkerja.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One uploaded file of a document. Versions never overwrite each other; a signed version
 * is final and carries its official number.
 */
@Entity
class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long documentId;

	private Long kabupatenId;

	private int number;

	private Long taskId;

	private String stepNo;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private Long uploadedByPersonId;

	private Long uploadedByPositionId;

	private Instant uploadedAt;

	private Instant signedAt;

	private Long signedByPersonId;

	private Long signedByPositionId;

	private String signedActing;

	private String klasifikasi;

	private String nomor;

	@Version
	private long version;

	protected DocumentVersion() {
	}

	DocumentVersion(Long documentId, Long kabupatenId, int number, Long taskId, String stepNo, String fileName,
			String contentType, long sizeBytes, String sha256, Long uploadedByPersonId, Long uploadedByPositionId,
			Instant uploadedAt) {
		this.documentId = documentId;
		this.kabupatenId = kabupatenId;
		this.number = number;
		this.taskId = taskId;
		this.stepNo = stepNo;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedByPersonId = uploadedByPersonId;
		this.uploadedByPositionId = uploadedByPositionId;
		this.uploadedAt = uploadedAt;
	}

	/**
	 * Signs the version; {@code nomor} is null when a later step of the SOP numbers it
	 * ({@link #number}).
	 */
	void sign(Long personId, Long positionId, String acting, String klasifikasi, String nomor, Instant at) {
		if (this.signedAt != null) {
			throw (this.nomor != null) ? new CaseworkException.Conflict("casework.sign.alreadySigned", this.nomor)
					: new CaseworkException.Conflict("casework.sign.alreadySignedUnnumbered");
		}
		this.signedAt = at;
		this.signedByPersonId = personId;
		this.signedByPositionId = positionId;
		this.signedActing = acting;
		this.klasifikasi = klasifikasi;
		this.nomor = nomor;
	}

	/** Gives a version signed without a number its number (the SOP's numbering step). */
	void number(String nomor) {
		if (this.nomor != null) {
			throw new CaseworkException.Conflict("casework.number.alreadyNumbered", this.nomor);
		}
		this.nomor = nomor;
	}

	boolean isNumbered() {
		return this.nomor != null;
	}

	boolean isSigned() {
		return this.signedAt != null;
	}

	Long getId() {
		return this.id;
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	Long getDocumentId() {
		return this.documentId;
	}

	int getNumber() {
		return this.number;
	}

	Long getTaskId() {
		return this.taskId;
	}

	String getStepNo() {
		return this.stepNo;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	String getSha256() {
		return this.sha256;
	}

	Long getUploadedByPersonId() {
		return this.uploadedByPersonId;
	}

	Long getUploadedByPositionId() {
		return this.uploadedByPositionId;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	Instant getSignedAt() {
		return this.signedAt;
	}

	Long getSignedByPersonId() {
		return this.signedByPersonId;
	}

	Long getSignedByPositionId() {
		return this.signedByPositionId;
	}

	String getSignedActing() {
		return this.signedActing;
	}

	String getKlasifikasi() {
		return this.klasifikasi;
	}

	String getNomor() {
		return this.nomor;
	}

}
