package id.alurkerja.sop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitKind;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.shared.Rejected;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SOP editor: creates SOPs, keeps one draft revision per SOP, applies the admin's
 * edits to it, publishes it (the previous revision is retired; running cases keep
 * theirs), and compares revisions. Who may: a kabupaten admin for every SOP of the
 * kabupaten, a unit SOP admin for the SOPs of that unit and the units under it; anyone
 * else finds nothing. Every change goes to the admin log.
 */
@Service
@Transactional
public class SopEditor {

	private final SopRepository sops;

	private final SopRevisionRepository revisions;

	private final OrgDirectory directory;

	private final AdminLog log;

	private final Clock clock;

	/**
	 * Casework answers it; a context without casework (a module slice of its own or of a
	 * module using sop) has no list, and the editor then offers none.
	 */
	private final ObjectProvider<KlasifikasiArsip> klasifikasi;

	private final ObjectProvider<LanePreview> lanePreview;

	SopEditor(SopRepository sops, SopRevisionRepository revisions, OrgDirectory directory, AdminLog log, Clock clock,
			ObjectProvider<KlasifikasiArsip> klasifikasi, ObjectProvider<LanePreview> lanePreview) {
		this.lanePreview = lanePreview;
		this.sops = sops;
		this.revisions = revisions;
		this.directory = directory;
		this.log = log;
		this.clock = clock;
		this.klasifikasi = klasifikasi;
	}

	/** A line of the editor's SOP list. */
	public record Row(String code, String name, String unitName, SopForm form, Integer published, Integer draft) {
	}

	/**
	 * The draft of an SOP with its optimistic-lock version and what the validator says.
	 */
	public record Draft(SopRevisionView revision, long version, List<ValidationError> errors, Integer published) {

		public SopContent content() {
			return this.revision.content();
		}

		public boolean publishable() {
			return this.errors.isEmpty();
		}

	}

	/** What creating an SOP needs. */
	public record NewSop(String code, Long unitId, SopForm form, String namaSop) {
	}

	/** Someone else saved the draft since the form was shown: nothing was changed. */
	public static class DraftChanged extends RuntimeException {

		public DraftChanged() {
			super("The draft was changed by someone else");
		}

	}

	/** The draft fails validation and cannot be published. */
	public static class NotPublishable extends RuntimeException {

		private final List<ValidationError> errors;

		public NotPublishable(List<ValidationError> errors) {
			super("The draft has " + errors.size() + " problems");
			this.errors = List.copyOf(errors);
		}

		public List<ValidationError> errors() {
			return this.errors;
		}

	}

	/** A field of a form refused: the message key of its problem and the arguments. */
	public record FieldProblem(String field, String messageKey, List<Object> args) {

		public FieldProblem {
			args = List.copyOf(args);
		}

	}

	/**
	 * The step form names a target, a paraf lane, a document or a klasifikasi the SOP
	 * does not allow: nothing was saved.
	 */
	public static class StepRefused extends RuntimeException {

		private final List<FieldProblem> problems;

		public StepRefused(List<FieldProblem> problems) {
			super("The step form has " + problems.size() + " problems");
			this.problems = List.copyOf(problems);
		}

		public List<FieldProblem> problems() {
			return this.problems;
		}

	}

	/**
	 * For each lane of the draft bound to the case's origin, who would act in it for the
	 * first unit the SOP serves (none without casework, as in a module slice).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, LanePreview.Example> lanePreviews(AlurUser user, Draft draft) {
		LanePreview preview = this.lanePreview.getIfAvailable();
		java.util.Map<String, LanePreview.Example> previews = new java.util.HashMap<>();
		if (preview != null) {
			for (SopContent.Lane lane : draft.content().lanes()) {
				preview.preview(user.kabupatenId(), draft.revision().unitId(), draft.content(), lane)
					.ifPresent(example -> previews.put(lane.key(), example));
			}
		}
		return previews;
	}

	/** The klasifikasi arsip a signing step chooses from. */
	@Transactional(readOnly = true)
	public List<KlasifikasiArsip.Code> klasifikasi() {
		KlasifikasiArsip list = this.klasifikasi.getIfAvailable();
		return (list != null) ? list.codes() : List.of();
	}

	/**
	 * Saves the step form: the step's fields and its document duty. A Ya, Tidak or next
	 * step that is no step of the SOP, or a duty the validator finds wrong, refuses the
	 * whole form with one problem per field, so that a crafted "42" gives one message at
	 * its field instead of a draft full of unreachable steps. Items typed below the
	 * form's lists are added with it, so that adding one keeps what was typed above.
	 */
	public long saveStep(AlurUser user, String code, long version, int index, DraftChanges.StepFields step,
			DraftChanges.DutyFields duty, Map<String, String> newItems) {
		Set<String> codes = klasifikasi().stream().map(KlasifikasiArsip.Code::code).collect(Collectors.toSet());
		return edit(user, code, version, content -> {
			SopContent after = DraftChanges.duty(index, duty)
				.apply(DraftChanges.step(DraftChanges.ListOp.SET, index, step).apply(content));
			List<FieldProblem> problems = stepProblems(after, after.steps().get(index), codes);
			if (!problems.isEmpty()) {
				throw new StepRefused(problems);
			}
			for (Map.Entry<String, String> item : newItems.entrySet()) {
				if (item.getValue() != null && !item.getValue().isBlank()) {
					after = DraftChanges.stepList(index, item.getKey(), DraftChanges.ListOp.ADD, 0, item.getValue())
						.apply(after);
				}
			}
			return after;
		});
	}

	static List<FieldProblem> stepProblems(SopContent content, SopContent.Step step, Set<String> klasifikasi) {
		List<FieldProblem> problems = new ArrayList<>();
		target(content, "next", step.next(), problems);
		target(content, "ya", step.ya(), problems);
		target(content, "tidak", step.tidak(), problems);
		for (ValidationError e : SopValidator.dutyErrors(content, step)) {
			String field = switch (e.code()) {
				case "parafLanes", "unknownLane", "parafBySigner" -> "parafLanes";
				default -> "dutyDocument";
			};
			problems.add(new FieldProblem(field, "sop.validation." + e.code(), e.args()));
		}
		if (step.has(DocumentDuty.Kind.SIGN) && step.duty().klasifikasi() != null
				&& !klasifikasi.contains(step.duty().klasifikasi())) {
			problems.add(new FieldProblem("klasifikasi", "admin.step.klasifikasiUnknown",
					List.of(step.duty().klasifikasi())));
		}
		return problems;
	}

	private static void target(SopContent content, String field, String target, List<FieldProblem> problems) {
		if (target != null && content.step(target).isEmpty()) {
			problems.add(new FieldProblem(field, "admin.step.targetUnknown", List.of(target)));
		}
	}

	@Transactional(readOnly = true)
	public List<Row> list(AlurUser user) {
		Map<Long, String> unitNames = this.directory.units(user.kabupatenId())
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name));
		return this.sops.findByKabupatenIdOrderByCode(user.kabupatenId())
			.stream()
			.filter(sop -> mayEdit(user, sop))
			.map(sop -> {
				List<SopRevision> all = this.revisions.findBySopIdOrderByNumberDesc(sop.getId());
				Integer published = all.stream()
					.filter(r -> r.getStatus() == RevisionStatus.PUBLISHED)
					.map(SopRevision::getNumber)
					.findFirst()
					.orElse(null);
				Integer draft = all.stream()
					.filter(r -> r.getStatus() == RevisionStatus.DRAFT)
					.map(SopRevision::getNumber)
					.findFirst()
					.orElse(null);
				String name = all.isEmpty() ? sop.getCode() : all.get(0).getContent().identity().namaSop();
				return new Row(sop.getCode(), name, unitNames.getOrDefault(sop.getUnitId(), ""), sop.getForm(),
						published, draft);
			})
			.toList();
	}

	/** The units in which the user may create SOPs. */
	@Transactional(readOnly = true)
	public List<UnitView> units(AlurUser user) {
		return this.directory.units(user.kabupatenId()).stream().filter(u -> mayEdit(user, u.id())).toList();
	}

	public String create(AlurUser user, NewSop sop) {
		String code = (sop.code() != null) ? sop.code().strip().toUpperCase(Locale.ROOT) : "";
		if (!code.matches("[A-Z0-9][A-Z0-9-]*")) {
			throw new Rejected("code", "admin.sop.codeInvalid");
		}
		if (this.sops.findByKabupatenIdAndCode(user.kabupatenId(), code).isPresent()) {
			throw new Rejected("code", "admin.sop.codeTaken");
		}
		if (sop.unitId() == null || this.directory.unit(user.kabupatenId(), sop.unitId()).isEmpty()
				|| !mayEdit(user, sop.unitId())) {
			throw new Rejected("unitId", "admin.sop.unitRequired");
		}
		if (sop.form() == null) {
			throw new Rejected("form", "admin.sop.formRequired");
		}
		if (sop.namaSop() == null || sop.namaSop().isBlank()) {
			throw new Rejected("namaSop", "admin.sop.nameRequired");
		}
		Sop saved = this.sops.save(new Sop(user.kabupatenId(), sop.unitId(), code, sop.form()));
		List<String> kop = letterhead(this.directory.unitWithAncestors(user.kabupatenId(), sop.unitId()),
				this.directory.kabupaten(user.kabupatenId()).map(KabupatenView::name).orElse(null));
		Identity identity = new Identity(kop, null, null, null, null, null, sop.namaSop().strip(), null, null, null,
				null, null, null, null);
		this.revisions.save(
				new SopRevision(saved.getId(), 1, new SopContent(identity, null, null, null, null, null, null, null)));
		this.log.record(actor(user), "sop.create", code + " revisi 1", null, sop.namaSop().strip());
		return code;
	}

	/**
	 * A new SOP's kop, from its unit up: "PEMERINTAH KABUPATEN ..." and the perangkat
	 * daerah in capitals as kop surat print them, the units below it (bidang, seksi) as
	 * named, as seed 001 prints its Seksi Kerjasama Desa. The admin edits it from there.
	 */
	static List<String> letterhead(List<UnitView> nearestFirst, String kabupatenName) {
		Locale id = Locale.forLanguageTag("id");
		List<String> kop = new ArrayList<>();
		List<UnitView> topFirst = new ArrayList<>(nearestFirst);
		java.util.Collections.reverse(topFirst);
		if (topFirst.stream().noneMatch(u -> u.kind() == UnitKind.PEMDA) && kabupatenName != null) {
			kop.add(("Pemerintah " + kabupatenName).toUpperCase(id));
		}
		for (UnitView unit : topFirst) {
			boolean capitals = switch (unit.kind()) {
				case PEMDA, SEKRETARIAT_DAERAH, DINAS, KECAMATAN -> true;
				default -> false;
			};
			kop.add(capitals ? unit.name().toUpperCase(id) : unit.name());
		}
		return kop;
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(AlurUser user, String code) {
		return editable(user, code)
			.flatMap(sop -> this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.DRAFT)
				.map(r -> new Draft(SopRevisionView.of(sop, r), r.getVersion(), SopValidator.validate(r.getContent()),
						this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.PUBLISHED)
							.map(SopRevision::getNumber)
							.orElse(null))));
	}

	/**
	 * Starts a draft from the published revision (or the newest one), numbered next; an
	 * existing draft is kept: one draft per SOP.
	 */
	public Optional<Integer> newDraft(AlurUser user, String code) {
		return editable(user, code).map(sop -> {
			Optional<SopRevision> existing = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.DRAFT);
			if (existing.isPresent()) {
				return existing.get().getNumber();
			}
			List<SopRevision> all = this.revisions.findBySopIdOrderByNumberDesc(sop.getId());
			SopRevision base = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.PUBLISHED)
				.orElse(all.get(0));
			int number = all.get(0).getNumber() + 1;
			this.revisions.save(new SopRevision(sop.getId(), number, base.getContent()));
			this.log.record(actor(user), "sop.draft", code + " revisi " + number, "revisi " + base.getNumber(),
					"revisi " + number);
			return number;
		});
	}

	/**
	 * Applies one change to the draft if nobody saved it since {@code version}; answers
	 * the new version.
	 */
	public long edit(AlurUser user, String code, long version, UnaryOperator<SopContent> change) {
		Sop sop = editable(user, code).orElseThrow(() -> new Rejected(null, "admin.sop.notFound"));
		SopRevision draft = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.DRAFT)
			.orElseThrow(DraftChanged::new);
		if (draft.getVersion() != version) {
			throw new DraftChanged();
		}
		SopContent before = draft.getContent();
		SopContent after = change.apply(before);
		draft.revise(after);
		SopRevision saved = this.revisions.saveAndFlush(draft);
		List<RevisionComparison.Change> changes = RevisionComparison.flat(before, after);
		if (!changes.isEmpty()) {
			this.log.record(actor(user), "sop.edit", code + " revisi " + draft.getNumber(),
					describe(changes, RevisionComparison.Change::before),
					describe(changes, RevisionComparison.Change::after));
		}
		return saved.getVersion();
	}

	/**
	 * Links Keterkaitan item {@code index} to the SOP {@code relatedCode} of the same
	 * kabupaten, or unlinks it when empty; an unknown code is refused.
	 */
	public long linkRelated(AlurUser user, String code, long version, int index, String relatedCode) {
		String linked = (relatedCode != null && !relatedCode.isBlank()) ? relatedCode.strip().toUpperCase(Locale.ROOT)
				: null;
		if (linked != null && this.sops.findByKabupatenIdAndCode(user.kabupatenId(), linked).isEmpty()) {
			throw new Rejected("code", "admin.sop.relatedUnknown");
		}
		return edit(user, code, version, DraftChanges.relatedCode(index, linked));
	}

	/**
	 * Publishes the draft with its effective date: it becomes the SOP's revision for new
	 * cases, the previous one is retired, running cases keep the revision they started
	 * on.
	 */
	public int publish(AlurUser user, String code, long version, LocalDate effective) {
		Sop sop = editable(user, code).orElseThrow(() -> new Rejected(null, "admin.sop.notFound"));
		SopRevision draft = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.DRAFT)
			.orElseThrow(DraftChanged::new);
		if (draft.getVersion() != version) {
			throw new DraftChanged();
		}
		List<ValidationError> errors = SopValidator.validate(draft.getContent());
		if (!errors.isEmpty()) {
			throw new NotPublishable(errors);
		}
		Identity i = draft.getContent().identity();
		// the Tanggal Efektif the admin typed stands unless the publish form chose
		// another
		String date = TanggalEfektif.onPublishing(i.tanggalEfektif(), effective, LocalDate.now(this.clock));
		Identity dated = new Identity(i.letterhead(), i.nomorSop(), i.tanggalPembuatan(),
				(draft.getNumber() > 1) ? date : i.tanggalRevisi(), date, i.disahkanOleh(), i.namaSop(),
				i.flowchartTitle(), i.dasarHukum(), i.kualifikasiPelaksana(), i.keterkaitan(), i.peralatan(),
				i.peringatan(), i.pencatatan());
		SopContent c = draft.getContent();
		draft.revise(new SopContent(dated, c.lanes(), c.steps(), c.sections(), c.phases(), c.enactment(), c.notes(),
				c.corrections()));
		Optional<SopRevision> previous = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.PUBLISHED);
		previous.ifPresent(p -> {
			p.retire();
			// retire first: one published revision per SOP is a unique index
			this.revisions.saveAndFlush(p);
		});
		draft.publish(this.clock.instant());
		this.revisions.saveAndFlush(draft);
		this.log.record(actor(user), "sop.publish", code + " revisi " + draft.getNumber(),
				previous.map(p -> "revisi " + p.getNumber() + " berlaku").orElse(null),
				"revisi " + draft.getNumber() + " berlaku sejak " + date);
		return draft.getNumber();
	}

	/** Throws the draft away; an SOP that never had another revision goes with it. */
	public void discard(AlurUser user, String code, long version) {
		Sop sop = editable(user, code).orElseThrow(() -> new Rejected(null, "admin.sop.notFound"));
		SopRevision draft = this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.DRAFT)
			.orElseThrow(DraftChanged::new);
		if (draft.getVersion() != version) {
			throw new DraftChanged();
		}
		this.revisions.delete(draft);
		this.revisions.flush();
		if (this.revisions.findBySopIdOrderByNumberDesc(sop.getId()).isEmpty()) {
			this.sops.delete(sop);
		}
		this.log.record(actor(user), "sop.discard", code + " revisi " + draft.getNumber(),
				draft.getContent().identity().namaSop(), null);
	}

	/** Every revision of an SOP the user may edit, the draft included, newest first. */
	@Transactional(readOnly = true)
	public List<SopRevisionView> revisions(AlurUser user, String code) {
		return editable(user, code)
			.map(sop -> this.revisions.findBySopIdOrderByNumberDesc(sop.getId())
				.stream()
				.map(r -> SopRevisionView.of(sop, r))
				.toList())
			.orElse(List.of());
	}

	/**
	 * What changed from revision {@code from} to revision {@code to} (drafts included).
	 */
	@Transactional(readOnly = true)
	public Optional<RevisionComparison> compare(AlurUser user, String code, int from, int to) {
		return editable(user, code).flatMap(sop -> this.revisions.findBySopIdAndNumber(sop.getId(), from)
			.flatMap(a -> this.revisions.findBySopIdAndNumber(sop.getId(), to)
				.map(b -> RevisionComparison.of(SopRevisionView.of(sop, a), SopRevisionView.of(sop, b)))));
	}

	/** Whether the user may edit the SOPs of a unit of their kabupaten. */
	@Transactional(readOnly = true)
	public boolean mayEdit(AlurUser user, Long unitId) {
		if (user.admin()) {
			return true;
		}
		return user.sopAdminUnitId() != null && this.directory.unitWithAncestors(user.kabupatenId(), unitId)
			.stream()
			.anyMatch(u -> u.id().equals(user.sopAdminUnitId()));
	}

	private boolean mayEdit(AlurUser user, Sop sop) {
		return sop.getKabupatenId().equals(user.kabupatenId()) && mayEdit(user, sop.getUnitId());
	}

	private Optional<Sop> editable(AlurUser user, String code) {
		return this.sops.findByKabupatenIdAndCode(user.kabupatenId(), code).filter(sop -> mayEdit(user, sop));
	}

	private static AdminActor actor(AlurUser user) {
		return new AdminActor(user.kabupatenId(), user.accountId(), user.getUsername());
	}

	private static String describe(List<RevisionComparison.Change> changes,
			java.util.function.Function<RevisionComparison.Change, String> value) {
		return changes.stream()
			.map(c -> c.field() + ": " + Objects.toString(value.apply(c), "—"))
			.collect(Collectors.joining("\n"));
	}

}
