package id.alurkerja.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A position (jabatan) in a unit. Its superior is the next link of the chain a
 * disposition follows; its code is stable within the kabupaten so that SOP lanes can name
 * it.
 */
@Entity
class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private Long unitId;

	private String code;

	private String title;

	private Long superiorId;

	private boolean unitHead;

	private int rank;

	@Version
	private long version;

	protected Position() {
	}

	Position(Long kabupatenId, Long unitId, String code, String title, Long superiorId, boolean unitHead, int rank) {
		this.kabupatenId = kabupatenId;
		this.unitId = unitId;
		this.code = code;
		this.title = title;
		this.superiorId = superiorId;
		this.unitHead = unitHead;
		this.rank = rank;
	}

	void reportTo(Long superiorId) {
		this.superiorId = superiorId;
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

	String getTitle() {
		return this.title;
	}

	Long getSuperiorId() {
		return this.superiorId;
	}

	boolean isUnitHead() {
		return this.unitHead;
	}

	int getRank() {
		return this.rank;
	}

	void change(Long unitId, String code, String title, Long superiorId, boolean unitHead, int rank) {
		this.unitId = unitId;
		this.code = code;
		this.title = title;
		this.superiorId = superiorId;
		this.unitHead = unitHead;
		this.rank = rank;
	}

}
