package id.alurkerja.sop.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.LaneBinding;
import id.alurkerja.sop.DraftChanges.DutyFields;
import id.alurkerja.sop.DraftChanges.EnactmentFields;
import id.alurkerja.sop.DraftChanges.IdentityFields;
import id.alurkerja.sop.DraftChanges.LaneFields;
import id.alurkerja.sop.DraftChanges.ListOp;
import id.alurkerja.sop.DraftChanges.StepFields;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopForm;
import id.alurkerja.sop.StepKind;
import id.alurkerja.sop.TimeUnit;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editor's forms: plain mutable beans for binding, each turned into one editor call.
 * Every form carries the draft's version, so a save over someone else's is refused.
 */
final class SopEditorForms {

	private SopEditorForms() {
	}

	public static class NewSopForm {

		private String code;

		private Long unitId;

		private SopForm form = SopForm.FLOWCHART;

		private String namaSop;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public SopForm getForm() {
			return this.form;
		}

		public void setForm(SopForm form) {
			this.form = form;
		}

		public String getNamaSop() {
			return this.namaSop;
		}

		public void setNamaSop(String namaSop) {
			this.namaSop = namaSop;
		}

	}

	/**
	 * A form of a draft's text that ends with the signatory as printed (jabatan, nama,
	 * pangkat, NIP): the identity block and a narrative SOP's enactment block.
	 */
	public abstract static class SignedForm {

		private long version;

		private String jabatan;

		private String nama;

		private String pangkat;

		private String nip;

		void signatory(long version, String jabatan, String nama, String pangkat, String nip) {
			this.version = version;
			this.jabatan = jabatan;
			this.nama = nama;
			this.pangkat = pangkat;
			this.nip = nip;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getJabatan() {
			return this.jabatan;
		}

		public void setJabatan(String jabatan) {
			this.jabatan = jabatan;
		}

		public String getNama() {
			return this.nama;
		}

		public void setNama(String nama) {
			this.nama = nama;
		}

		public String getPangkat() {
			return this.pangkat;
		}

		public void setPangkat(String pangkat) {
			this.pangkat = pangkat;
		}

		public String getNip() {
			return this.nip;
		}

		public void setNip(String nip) {
			this.nip = nip;
		}

	}

	/** What was typed below a form's lists, for the conflict message. */
	static String typedItems(Map<String, String> newItems) {
		return String.join("; ", newItems.values().stream().filter(v -> v != null && !v.isBlank()).toList());
	}

	public static class IdentityForm extends SignedForm {

		private String nomorSop;

		private String tanggalPembuatan;

		private String tanggalRevisi;

		private String tanggalEfektif;

		private String namaSop;

		private String flowchartTitle;

		/** Items typed below the identity lists, by list; saved with the form. */
		private Map<String, String> newItems = new LinkedHashMap<>();

		/** The list whose add button was pressed, if one was. */
		private String add;

		static IdentityForm of(SopContent content, long version) {
			IdentityFields f = IdentityFields.of(content.identity());
			IdentityForm form = new IdentityForm();
			form.signatory(version, f.jabatan(), f.nama(), f.pangkat(), f.nip());
			form.nomorSop = f.nomorSop();
			form.tanggalPembuatan = f.tanggalPembuatan();
			form.tanggalRevisi = f.tanggalRevisi();
			form.tanggalEfektif = f.tanggalEfektif();
			form.namaSop = f.namaSop();
			form.flowchartTitle = f.flowchartTitle();
			return form;
		}

		IdentityFields fields() {
			return new IdentityFields(this.nomorSop, this.tanggalPembuatan, this.tanggalRevisi, this.tanggalEfektif,
					this.namaSop, this.flowchartTitle, getJabatan(), getNama(), getPangkat(), getNip());
		}

		public String getNomorSop() {
			return this.nomorSop;
		}

		public void setNomorSop(String nomorSop) {
			this.nomorSop = nomorSop;
		}

		public String getTanggalPembuatan() {
			return this.tanggalPembuatan;
		}

		public void setTanggalPembuatan(String tanggalPembuatan) {
			this.tanggalPembuatan = tanggalPembuatan;
		}

		public String getTanggalRevisi() {
			return this.tanggalRevisi;
		}

		public void setTanggalRevisi(String tanggalRevisi) {
			this.tanggalRevisi = tanggalRevisi;
		}

		public String getTanggalEfektif() {
			return this.tanggalEfektif;
		}

		public void setTanggalEfektif(String tanggalEfektif) {
			this.tanggalEfektif = tanggalEfektif;
		}

		public String getNamaSop() {
			return this.namaSop;
		}

		public void setNamaSop(String namaSop) {
			this.namaSop = namaSop;
		}

		public String getFlowchartTitle() {
			return this.flowchartTitle;
		}

		public void setFlowchartTitle(String flowchartTitle) {
			this.flowchartTitle = flowchartTitle;
		}

		public Map<String, String> getNewItems() {
			return this.newItems;
		}

		public void setNewItems(Map<String, String> newItems) {
			this.newItems = (newItems != null) ? newItems : new LinkedHashMap<>();
		}

		public String getAdd() {
			return this.add;
		}

		public void setAdd(String add) {
			this.add = add;
		}

	}

	/** One operation on one item of a list (identity, step or section list). */
	public static class ListForm {

		private long version;

		private String list;

		private ListOp op = ListOp.ADD;

		private int index;

		private String value;

		private Integer step;

		private Integer section;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getList() {
			return this.list;
		}

		public void setList(String list) {
			this.list = list;
		}

		public ListOp getOp() {
			return this.op;
		}

		public void setOp(ListOp op) {
			this.op = op;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public Integer getStep() {
			return this.step;
		}

		public void setStep(Integer step) {
			this.step = step;
		}

		public Integer getSection() {
			return this.section;
		}

		public void setSection(Integer section) {
			this.section = section;
		}

	}

	public static class LaneForm {

		private long version;

		private ListOp op = ListOp.ADD;

		private int index;

		private String name;

		private String position;

		private boolean external;

		private String recordedBy;

		private LaneBinding.Kind binding;

		private String originKind;

		private String bindingTitle;

		LaneFields fields() {
			return new LaneFields(this.name, this.position, this.external, this.recordedBy, this.binding,
					this.originKind, this.bindingTitle);
		}

		public LaneBinding.Kind getBinding() {
			return this.binding;
		}

		public void setBinding(LaneBinding.Kind binding) {
			this.binding = binding;
		}

		public String getOriginKind() {
			return this.originKind;
		}

		public void setOriginKind(String originKind) {
			this.originKind = originKind;
		}

		public String getBindingTitle() {
			return this.bindingTitle;
		}

		public void setBindingTitle(String bindingTitle) {
			this.bindingTitle = bindingTitle;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public ListOp getOp() {
			return this.op;
		}

		public void setOp(ListOp op) {
			this.op = op;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPosition() {
			return this.position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public boolean isExternal() {
			return this.external;
		}

		public void setExternal(boolean external) {
			this.external = external;
		}

		public String getRecordedBy() {
			return this.recordedBy;
		}

		public void setRecordedBy(String recordedBy) {
			this.recordedBy = recordedBy;
		}

	}

	/** Adds, removes or moves a step, a section or a phase from the editor's tables. */
	public static class RowForm {

		private long version;

		private ListOp op = ListOp.ADD;

		private int index;

		private String no;

		private String title;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public ListOp getOp() {
			return this.op;
		}

		public void setOp(ListOp op) {
			this.op = op;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

	}

	public static class StepForm {

		private long version;

		private String no;

		private StepKind kind = StepKind.PROCESS;

		private String lane;

		private String activity;

		private Integer timeMin;

		private Integer timeMax;

		private TimeUnit timeUnit;

		private String output;

		private String next;

		private String ya;

		private String tidak;

		private String phase;

		private String title;

		private DocumentDuty.Kind dutyKind;

		/** The document chosen from the SOP's own (outputs and named documents). */
		private String dutyDocument;

		/**
		 * A document typed because the SOP names it nowhere yet; wins over the choice.
		 */
		private String newDocument;

		private List<String> parafLanes = new ArrayList<>();

		private String klasifikasi;

		/** Items typed below the step's lists, by list; saved with the form. */
		private Map<String, String> newItems = new LinkedHashMap<>();

		/** The list whose add button was pressed, if one was. */
		private String add;

		static StepForm of(SopContent.Step step, long version) {
			StepFields f = StepFields.of(step);
			StepForm form = new StepForm();
			form.version = version;
			form.no = f.no();
			form.kind = f.kind();
			form.lane = f.lane();
			form.activity = f.activity();
			form.timeMin = f.timeMin();
			form.timeMax = f.timeMax();
			form.timeUnit = f.timeUnit();
			form.output = f.output();
			form.next = f.next();
			form.ya = f.ya();
			form.tidak = f.tidak();
			form.phase = f.phase();
			form.title = f.title();
			DutyFields d = DutyFields.of(step.duty());
			form.dutyKind = d.kind();
			form.dutyDocument = d.document();
			form.parafLanes = new ArrayList<>(d.parafLanes());
			form.klasifikasi = d.klasifikasi();
			return form;
		}

		StepFields fields() {
			return new StepFields(this.no, this.kind, this.lane, this.activity, this.timeMin, this.timeMax,
					this.timeUnit, this.output, this.next, this.ya, this.tidak, this.phase, this.title);
		}

		/**
		 * The duty chosen; a typed new document that the SOP already names (whatever its
		 * case) is that document, so that one document keeps one name.
		 */
		DutyFields dutyFields(List<String> documents) {
			String document = this.dutyDocument;
			if (this.newDocument != null && !this.newDocument.isBlank()) {
				document = documents.stream()
					.filter(d -> DocumentDuty.sameDocument(d, this.newDocument))
					.findFirst()
					.orElse(this.newDocument.strip());
			}
			return new DutyFields(this.dutyKind, document, this.parafLanes, this.klasifikasi);
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public StepKind getKind() {
			return this.kind;
		}

		public void setKind(StepKind kind) {
			this.kind = kind;
		}

		public String getLane() {
			return this.lane;
		}

		public void setLane(String lane) {
			this.lane = lane;
		}

		public String getActivity() {
			return this.activity;
		}

		public void setActivity(String activity) {
			this.activity = activity;
		}

		public Integer getTimeMin() {
			return this.timeMin;
		}

		public void setTimeMin(Integer timeMin) {
			this.timeMin = timeMin;
		}

		public Integer getTimeMax() {
			return this.timeMax;
		}

		public void setTimeMax(Integer timeMax) {
			this.timeMax = timeMax;
		}

		public TimeUnit getTimeUnit() {
			return this.timeUnit;
		}

		public void setTimeUnit(TimeUnit timeUnit) {
			this.timeUnit = timeUnit;
		}

		public String getOutput() {
			return this.output;
		}

		public void setOutput(String output) {
			this.output = output;
		}

		public String getNext() {
			return this.next;
		}

		public void setNext(String next) {
			this.next = next;
		}

		public String getYa() {
			return this.ya;
		}

		public void setYa(String ya) {
			this.ya = ya;
		}

		public String getTidak() {
			return this.tidak;
		}

		public void setTidak(String tidak) {
			this.tidak = tidak;
		}

		public String getPhase() {
			return this.phase;
		}

		public void setPhase(String phase) {
			this.phase = phase;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public DocumentDuty.Kind getDutyKind() {
			return this.dutyKind;
		}

		public void setDutyKind(DocumentDuty.Kind dutyKind) {
			this.dutyKind = dutyKind;
		}

		public String getDutyDocument() {
			return this.dutyDocument;
		}

		public void setDutyDocument(String dutyDocument) {
			this.dutyDocument = dutyDocument;
		}

		public String getNewDocument() {
			return this.newDocument;
		}

		public void setNewDocument(String newDocument) {
			this.newDocument = newDocument;
		}

		public List<String> getParafLanes() {
			return this.parafLanes;
		}

		public void setParafLanes(List<String> parafLanes) {
			this.parafLanes = (parafLanes != null) ? parafLanes : new ArrayList<>();
		}

		public String getKlasifikasi() {
			return this.klasifikasi;
		}

		public void setKlasifikasi(String klasifikasi) {
			this.klasifikasi = klasifikasi;
		}

		public Map<String, String> getNewItems() {
			return this.newItems;
		}

		public void setNewItems(Map<String, String> newItems) {
			this.newItems = (newItems != null) ? newItems : new LinkedHashMap<>();
		}

		public String getAdd() {
			return this.add;
		}

		public void setAdd(String add) {
			this.add = add;
		}

	}

	/** One operation on one Definisi item (term and meaning) of a section. */
	public static class DefinitionForm {

		private long version;

		private int section;

		private ListOp op = ListOp.ADD;

		private int index;

		private String term;

		private String meaning;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public int getSection() {
			return this.section;
		}

		public void setSection(int section) {
			this.section = section;
		}

		public ListOp getOp() {
			return this.op;
		}

		public void setOp(ListOp op) {
			this.op = op;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getTerm() {
			return this.term;
		}

		public void setTerm(String term) {
			this.term = term;
		}

		public String getMeaning() {
			return this.meaning;
		}

		public void setMeaning(String meaning) {
			this.meaning = meaning;
		}

	}

	/**
	 * One operation on an Alur Kerja chain of a section ({@code chain} empty), or on one
	 * item of chain {@code chain}.
	 */
	public static class ChainForm {

		private long version;

		private int section;

		private Integer chain;

		private ListOp op = ListOp.ADD;

		private int index;

		private String value;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public int getSection() {
			return this.section;
		}

		public void setSection(int section) {
			this.section = section;
		}

		public Integer getChain() {
			return this.chain;
		}

		public void setChain(Integer chain) {
			this.chain = chain;
		}

		public ListOp getOp() {
			return this.op;
		}

		public void setOp(ListOp op) {
			this.op = op;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

	}

	/** Links one Keterkaitan item to an SOP by its code (empty unlinks). */
	public static class RelatedForm {

		private long version;

		private int index;

		private String code;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public int getIndex() {
			return this.index;
		}

		public void setIndex(int index) {
			this.index = index;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	/** The enactment block of a narrative SOP: place, date and signatory as printed. */
	public static class EnactmentForm extends SignedForm {

		private String place;

		private String date;

		static EnactmentForm of(SopContent content, long version) {
			EnactmentFields f = EnactmentFields.of(content.enactment());
			EnactmentForm form = new EnactmentForm();
			form.signatory(version, f.jabatan(), f.nama(), f.pangkat(), f.nip());
			form.place = f.place();
			form.date = f.date();
			return form;
		}

		EnactmentFields fields() {
			return new EnactmentFields(this.place, this.date, getJabatan(), getNama(), getPangkat(), getNip());
		}

		public String getPlace() {
			return this.place;
		}

		public void setPlace(String place) {
			this.place = place;
		}

		public String getDate() {
			return this.date;
		}

		public void setDate(String date) {
			this.date = date;
		}

	}

	public static class PublishForm {

		private long version;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effective;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public LocalDate getEffective() {
			return this.effective;
		}

		public void setEffective(LocalDate effective) {
			this.effective = effective;
		}

	}

}
