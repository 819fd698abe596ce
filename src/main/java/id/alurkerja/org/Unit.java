package id.alurkerja.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A unit of the organisation tree (Dinas, Bidang, Seksi, Kecamatan, Desa ...). */
@Entity
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long kabupatenId;

	private Long parentId;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	/** Used in official numbers, e.g. {@code B.Lima} in {@code 005/39/B.Lima/2025}. */
	private String code;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(Long kabupatenId, Long parentId, String name, UnitKind kind, String code) {
		this.kabupatenId = kabupatenId;
		this.parentId = parentId;
		this.name = name;
		this.kind = kind;
		this.code = code;
	}

	Long getId() {
		return this.id;
	}

	Long getKabupatenId() {
		return this.kabupatenId;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getName() {
		return this.name;
	}

	UnitKind getKind() {
		return this.kind;
	}

	String getCode() {
		return this.code;
	}

	void change(Long parentId, String name, UnitKind kind, String code) {
		this.parentId = parentId;
		this.name = name;
		this.kind = kind;
		this.code = code;
	}

}
