package id.alurkerja.sop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An SOP of a unit, known by a stable code within its kabupaten; its text lives in
 * revisions.
 */
@Entity
class Sop {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private Long unitId;

	private String code;

	@Enumerated(EnumType.STRING)
	private SopForm form;

	@Version
	private long version;

	protected Sop() {
	}

	Sop(Long kabupatenId, Long unitId, String code, SopForm form) {
		this.kabupatenId = kabupatenId;
		this.unitId = unitId;
		this.code = code;
		this.form = form;
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

	String getCode() {
		return this.code;
	}

	SopForm getForm() {
		return this.form;
	}

}
