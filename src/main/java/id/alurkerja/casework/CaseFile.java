package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case (berkas) pinned to one SOP revision. Its transitions check the status first: a
 * finished or cancelled case takes no more actions.
 */
@Entity
@Table(name = "case_file")
class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private Long unitId;

	private Long originUnitId;

	private Long sopRevisionId;

	private String registrationNo;

	private int registrationYear;

	private int registrationSeq;

	private String perihal;

	private String suratDari;

	private String nomorSurat;

	private LocalDate tanggalSurat;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private Sifat sifat;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String cancelReason;

	private String currentStepNo;

	private Instant startedAt;

	private Instant endedAt;

	private Long createdByPersonId;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(Long kabupatenId, Long unitId, Long sopRevisionId, int year, int seq, String registrationNo,
			StartCase start, Long createdByPersonId, Instant at) {
		this.kabupatenId = kabupatenId;
		this.unitId = unitId;
		this.sopRevisionId = sopRevisionId;
		this.registrationYear = year;
		this.registrationSeq = seq;
		this.registrationNo = registrationNo;
		this.perihal = start.perihal();
		this.suratDari = start.suratDari();
		this.nomorSurat = start.nomorSurat();
		this.tanggalSurat = start.tanggalSurat();
		this.receivedOn = start.receivedOn();
		this.sifat = start.sifat();
		this.originUnitId = start.originUnitId();
		this.status = CaseStatus.BERJALAN;
		this.startedAt = at;
		this.createdByPersonId = createdByPersonId;
	}

	/** The unit the case comes from, when the SOP's lanes depend on it; else null. */
	Long getOriginUnitId() {
		return this.originUnitId;
	}

	void ensureRunning() {
		if (this.status != CaseStatus.BERJALAN) {
			throw new CaseworkException.Conflict("casework.case.notRunning", this.registrationNo);
		}
	}

	void standAt(String stepNo) {
		ensureRunning();
		this.currentStepNo = stepNo;
	}

	void finish(Instant at) {
		ensureRunning();
		this.status = CaseStatus.SELESAI;
		this.currentStepNo = null;
		this.endedAt = at;
	}

	void cancel(String reason, Instant at) {
		ensureRunning();
		this.status = CaseStatus.DIBATALKAN;
		this.cancelReason = reason;
		this.endedAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getSopRevisionId() {
		return this.sopRevisionId;
	}

	String getRegistrationNo() {
		return this.registrationNo;
	}

	String getPerihal() {
		return this.perihal;
	}

	String getSuratDari() {
		return this.suratDari;
	}

	String getNomorSurat() {
		return this.nomorSurat;
	}

	LocalDate getTanggalSurat() {
		return this.tanggalSurat;
	}

	LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	/** The sifat someone changed on the way; it stays with the case from then on. */
	void changeSifat(Sifat sifat) {
		this.sifat = sifat;
	}

	Sifat getSifat() {
		return this.sifat;
	}

	CaseStatus getStatus() {
		return this.status;
	}

	String getCancelReason() {
		return this.cancelReason;
	}

	String getCurrentStepNo() {
		return this.currentStepNo;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	Long getCreatedByPersonId() {
		return this.createdByPersonId;
	}

	long getVersion() {
		return this.version;
	}

}
