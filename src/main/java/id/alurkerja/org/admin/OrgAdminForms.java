package id.alurkerja.org.admin;

import java.time.LocalDate;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.OrgAdmin.PersonFields;
import id.alurkerja.org.OrgAdmin.PositionFields;
import id.alurkerja.org.OrgAdmin.UnitFields;
import id.alurkerja.org.UnitKind;

import org.springframework.format.annotation.DateTimeFormat;

/** The organisation admin's forms, each turned into one {@code OrgAdmin} call. */
final class OrgAdminForms {

	private OrgAdminForms() {
	}

	public static class UnitForm {

		/** The optimistic-lock version the form was shown with; null on a new item. */
		private Long version;

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		private Long parentId;

		private String name;

		private UnitKind kind;

		private String code;

		UnitFields fields() {
			return new UnitFields(this.parentId, this.name, this.kind, this.code);
		}

		public Long getParentId() {
			return this.parentId;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public UnitKind getKind() {
			return this.kind;
		}

		public void setKind(UnitKind kind) {
			this.kind = kind;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	public static class PositionForm {

		/** The optimistic-lock version the form was shown with; null on a new item. */
		private Long version;

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		private Long unitId;

		private String code;

		private String title;

		private Long superiorId;

		private boolean unitHead;

		private Integer rank;

		PositionFields fields() {
			return new PositionFields(this.unitId, this.code, this.title, this.superiorId, this.unitHead, this.rank);
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Long getSuperiorId() {
			return this.superiorId;
		}

		public void setSuperiorId(Long superiorId) {
			this.superiorId = superiorId;
		}

		public boolean isUnitHead() {
			return this.unitHead;
		}

		public void setUnitHead(boolean unitHead) {
			this.unitHead = unitHead;
		}

		public Integer getRank() {
			return this.rank;
		}

		public void setRank(Integer rank) {
			this.rank = rank;
		}

	}

	public static class PersonForm {

		/** The optimistic-lock version the form was shown with; null on a new item. */
		private Long version;

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		private String name;

		private String nip;

		private String pangkat;

		private String golongan;

		private String email;

		PersonFields fields() {
			return new PersonFields(this.name, this.nip, this.pangkat, this.golongan, this.email);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getNip() {
			return this.nip;
		}

		public void setNip(String nip) {
			this.nip = nip;
		}

		public String getPangkat() {
			return this.pangkat;
		}

		public void setPangkat(String pangkat) {
			this.pangkat = pangkat;
		}

		public String getGolongan() {
			return this.golongan;
		}

		public void setGolongan(String golongan) {
			this.golongan = golongan;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** Appointing a person to a position: definitively, or acting (Plt./Plh.). */
	public static class AppointForm {

		private Long positionId;

		private AssignmentKind kind = AssignmentKind.PLT;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate start;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate end;

		public Long getPositionId() {
			return this.positionId;
		}

		public void setPositionId(Long positionId) {
			this.positionId = positionId;
		}

		public AssignmentKind getKind() {
			return this.kind;
		}

		public void setKind(AssignmentKind kind) {
			this.kind = kind;
		}

		public LocalDate getStart() {
			return this.start;
		}

		public void setStart(LocalDate start) {
			this.start = start;
		}

		public LocalDate getEnd() {
			return this.end;
		}

		public void setEnd(LocalDate end) {
			this.end = end;
		}

	}

}
