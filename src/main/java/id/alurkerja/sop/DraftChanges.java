package id.alurkerja.sop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import id.alurkerja.sop.SopContent.Definition;
import id.alurkerja.sop.SopContent.Enactment;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Phase;
import id.alurkerja.sop.SopContent.RelatedSop;
import id.alurkerja.sop.SopContent.Section;
import id.alurkerja.sop.SopContent.Signatory;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;

/**
 * The edits an admin makes to a draft, each a small change of the content: a field, or
 * one item of a list added, changed, removed or moved. Lists stay lists (one form per
 * item), never a blob of text. Apply them with {@link SopEditor#edit}.
 */
public final class DraftChanges {

	/** What to do with one item of a list. */
	public enum ListOp {

		ADD, SET, REMOVE, UP, DOWN

	}

	/** The lists of the identity block, by the name the forms use. */
	public static final List<String> IDENTITY_LISTS = List.of("letterhead", "dasarHukum", "kualifikasiPelaksana",
			"keterkaitan", "peralatan", "peringatan", "pencatatan");

	/** The lists of a step. */
	public static final List<String> STEP_LISTS = List.of("kelengkapan", "keterangan");

	/** The lists of a narrative section. */
	public static final List<String> SECTION_LISTS = List.of("paragraphs", "bullets");

	private DraftChanges() {
	}

	/** The single-value fields of the identity block and its signatory. */
	public record IdentityFields(String nomorSop, String tanggalPembuatan, String tanggalRevisi, String tanggalEfektif,
			String namaSop, String flowchartTitle, String jabatan, String nama, String pangkat, String nip) {

		public static IdentityFields of(Identity identity) {
			Signatory s = identity.disahkanOleh();
			return new IdentityFields(identity.nomorSop(), identity.tanggalPembuatan(), identity.tanggalRevisi(),
					identity.tanggalEfektif(), identity.namaSop(), identity.flowchartTitle(),
					(s != null) ? s.jabatan() : null, (s != null) ? s.nama() : null, (s != null) ? s.pangkat() : null,
					(s != null) ? s.nip() : null);
		}

	}

	/** A lane: a position of the organisation (by code) or an external party. */
	/**
	 * A lane's fields: its position, or ({@code bindingKind} set) a role in the case's
	 * origin unit of kind {@code originKind} ({@code bindingTitle} for a titled
	 * position).
	 */
	public record LaneFields(String name, String position, boolean external, String recordedBy,
			LaneBinding.Kind bindingKind, String originKind, String bindingTitle) {

		public LaneFields(String name, String position, boolean external, String recordedBy) {
			this(name, position, external, recordedBy, null, null, null);
		}

		LaneBinding binding() {
			return (this.external || this.bindingKind == null) ? null
					: new LaneBinding(this.bindingKind, trim(this.originKind), trim(this.bindingTitle));
		}

		String fixedPosition() {
			return (this.external || this.bindingKind != null) ? null : trim(this.position);
		}

	}

	/**
	 * The single-value fields of a step, the time standard as minimum, maximum and unit.
	 */
	public record StepFields(String no, StepKind kind, String lane, String activity, Integer timeMin, Integer timeMax,
			TimeUnit timeUnit, String output, String next, String ya, String tidak, String phase, String title) {

		public static StepFields of(Step step) {
			TimeStandard t = step.time();
			return new StepFields(step.no(), step.kind(), step.lane(), step.activity(), (t != null) ? t.min() : null,
					(t != null) ? t.max() : null, (t != null) ? t.unit() : null, step.output(), step.next(), step.ya(),
					step.tidak(), step.phase(), step.title());
		}

	}

	/**
	 * A step's document duty as the step form chooses it: no kind is no duty; the paraf
	 * lanes count only for {@link DocumentDuty.Kind#PARAF}, the klasifikasi only for
	 * {@link DocumentDuty.Kind#SIGN} (empty: the signer chooses when signing).
	 */
	public record DutyFields(DocumentDuty.Kind kind, String document, List<String> parafLanes, String klasifikasi) {

		public DutyFields {
			parafLanes = (parafLanes != null) ? parafLanes.stream().filter(l -> !blank(l)).distinct().toList()
					: List.of();
		}

		public static DutyFields of(DocumentDuty duty) {
			return (duty == null) ? new DutyFields(null, null, List.of(), null)
					: new DutyFields(duty.kind(), duty.document(), duty.parafLanes(), duty.klasifikasi());
		}

		/** The duty these fields give, or {@code null} for none. */
		public DocumentDuty duty() {
			if (this.kind == null) {
				return null;
			}
			return new DocumentDuty(this.kind, trim(this.document),
					(this.kind == DocumentDuty.Kind.PARAF) ? this.parafLanes : List.of(),
					(this.kind == DocumentDuty.Kind.SIGN) ? trim(this.klasifikasi) : null);
		}

	}

	/** Gives the step its document duty, or takes it away. */
	public static UnaryOperator<SopContent> duty(int index, DutyFields f) {
		return c -> {
			Step s = at(c.steps(), index);
			Step changed = new Step(s.no(), s.kind(), s.printedMarker(), s.lane(), s.activity(), s.kelengkapan(),
					s.time(), s.output(), s.keterangan(), s.next(), s.ya(), s.tidak(), s.phase(), s.title(),
					s.recurringReports(), s.reportsTo(), f.duty());
			List<Step> steps = new ArrayList<>(c.steps());
			steps.set(index, changed);
			return withSteps(c, steps);
		};
	}

	/**
	 * The documents of an SOP a duty may name: the steps' outputs and the documents their
	 * duties already name, each once (as {@link DocumentDuty#sameDocument} compares), in
	 * step order.
	 */
	public static List<String> documents(SopContent c) {
		List<String> names = new ArrayList<>();
		for (Step s : c.steps()) {
			for (String name : new String[] { s.output(), (s.duty() != null) ? s.duty().document() : null }) {
				if (!blank(name) && names.stream().noneMatch(n -> DocumentDuty.sameDocument(n, name))) {
					names.add(name.strip());
				}
			}
		}
		return List.copyOf(names);
	}

	public static UnaryOperator<SopContent> identity(IdentityFields f) {
		return c -> {
			Identity i = identity(c);
			Signatory signatory = (blank(f.jabatan()) && blank(f.nama()) && blank(f.pangkat()) && blank(f.nip())) ? null
					: new Signatory(trim(f.jabatan()), trim(f.nama()), trim(f.pangkat()), trim(f.nip()));
			Identity changed = new Identity(i.letterhead(), trim(f.nomorSop()), trim(f.tanggalPembuatan()),
					trim(f.tanggalRevisi()), trim(f.tanggalEfektif()), signatory, trim(f.namaSop()),
					trim(f.flowchartTitle()), i.dasarHukum(), i.kualifikasiPelaksana(), i.keterkaitan(), i.peralatan(),
					i.peringatan(), i.pencatatan());
			return withIdentity(c, changed);
		};
	}

	public static UnaryOperator<SopContent> identityList(String list, ListOp op, int index, String value) {
		if (!IDENTITY_LISTS.contains(list)) {
			throw new IllegalArgumentException("Unknown list " + list);
		}
		return c -> {
			Identity i = identity(c);
			if (list.equals("keterkaitan")) {
				List<RelatedSop> related = apply(i.keterkaitan(), op, index, () -> new RelatedSop(text(value), null),
						r -> new RelatedSop(text(value), r.code()));
				return withIdentity(c,
						new Identity(i.letterhead(), i.nomorSop(), i.tanggalPembuatan(), i.tanggalRevisi(),
								i.tanggalEfektif(), i.disahkanOleh(), i.namaSop(), i.flowchartTitle(), i.dasarHukum(),
								i.kualifikasiPelaksana(), related, i.peralatan(), i.peringatan(), i.pencatatan()));
			}
			List<String> letterhead = i.letterhead();
			List<String> dasarHukum = i.dasarHukum();
			List<String> kualifikasi = i.kualifikasiPelaksana();
			List<String> peralatan = i.peralatan();
			List<String> peringatan = i.peringatan();
			List<String> pencatatan = i.pencatatan();
			switch (list) {
				case "letterhead" -> letterhead = strings(letterhead, op, index, value);
				case "dasarHukum" -> dasarHukum = strings(dasarHukum, op, index, value);
				case "kualifikasiPelaksana" -> kualifikasi = strings(kualifikasi, op, index, value);
				case "peralatan" -> peralatan = strings(peralatan, op, index, value);
				case "peringatan" -> peringatan = strings(peringatan, op, index, value);
				default -> pencatatan = strings(pencatatan, op, index, value);
			}
			return withIdentity(c,
					new Identity(letterhead, i.nomorSop(), i.tanggalPembuatan(), i.tanggalRevisi(), i.tanggalEfektif(),
							i.disahkanOleh(), i.namaSop(), i.flowchartTitle(), dasarHukum, kualifikasi, i.keterkaitan(),
							peralatan, peringatan, pencatatan));
		};
	}

	/**
	 * Adds, changes, removes or moves a lane. A new lane gets a key of its own; renaming
	 * keeps the key, so the steps stay in the lane.
	 */
	public static UnaryOperator<SopContent> lane(ListOp op, int index, LaneFields f) {
		return c -> {
			List<Lane> lanes = apply(c.lanes(), op, index,
					() -> new Lane(newLaneKey(c), text(f.name()), f.fixedPosition(), f.external(),
							f.external() ? trim(f.recordedBy()) : null, f.binding()),
					l -> new Lane(l.key(), text(f.name()), f.fixedPosition(), f.external(),
							f.external() ? trim(f.recordedBy()) : null, f.binding()));
			return new SopContent(c.identity(), lanes, c.steps(), c.sections(), c.phases(), c.enactment(), c.notes(),
					c.corrections());
		};
	}

	/**
	 * Adds (with the next free number, in the first lane), changes, removes or moves a
	 * step. Printed numbers are not renumbered on a move: the seeds skip numbers too.
	 */
	public static UnaryOperator<SopContent> step(ListOp op, int index, StepFields f) {
		return c -> {
			List<Step> steps = apply(c.steps(), op, index, () -> newStep(c, f), s -> changed(s, f));
			return withSteps(c, steps);
		};
	}

	public static UnaryOperator<SopContent> stepList(int stepIndex, String list, ListOp op, int index, String value) {
		if (!STEP_LISTS.contains(list)) {
			throw new IllegalArgumentException("Unknown list " + list);
		}
		return c -> {
			Step s = at(c.steps(), stepIndex);
			List<String> kelengkapan = list.equals("kelengkapan") ? strings(s.kelengkapan(), op, index, value)
					: s.kelengkapan();
			List<String> keterangan = list.equals("keterangan") ? strings(s.keterangan(), op, index, value)
					: s.keterangan();
			Step changed = new Step(s.no(), s.kind(), s.printedMarker(), s.lane(), s.activity(), kelengkapan, s.time(),
					s.output(), keterangan, s.next(), s.ya(), s.tidak(), s.phase(), s.title(), s.recurringReports(),
					s.reportsTo(), s.duty());
			List<Step> steps = new ArrayList<>(c.steps());
			steps.set(stepIndex, changed);
			return withSteps(c, steps);
		};
	}

	/** A numbered section of a narrative SOP (Tujuan, Dasar Hukum, Ruang Lingkup ...). */
	public static UnaryOperator<SopContent> section(ListOp op, int index, String no, String title) {
		return c -> {
			List<Section> sections = apply(c.sections(), op, index,
					() -> new Section(trim(no), text(title), List.of(), List.of(), List.of(), false, List.of()),
					s -> new Section(trim(no), text(title), s.paragraphs(), s.bullets(), s.definitions(), s.procedure(),
							s.chains()));
			return new SopContent(c.identity(), c.lanes(), c.steps(), sections, c.phases(), c.enactment(), c.notes(),
					c.corrections());
		};
	}

	public static UnaryOperator<SopContent> sectionList(int sectionIndex, String list, ListOp op, int index,
			String value) {
		if (!SECTION_LISTS.contains(list)) {
			throw new IllegalArgumentException("Unknown list " + list);
		}
		return c -> {
			Section s = at(c.sections(), sectionIndex);
			Section changed = list.equals("paragraphs")
					? new Section(s.no(), s.title(), strings(s.paragraphs(), op, index, value), s.bullets(),
							s.definitions(), s.procedure(), s.chains())
					: new Section(s.no(), s.title(), s.paragraphs(), strings(s.bullets(), op, index, value),
							s.definitions(), s.procedure(), s.chains());
			List<Section> sections = new ArrayList<>(c.sections());
			sections.set(sectionIndex, changed);
			return new SopContent(c.identity(), c.lanes(), c.steps(), sections, c.phases(), c.enactment(), c.notes(),
					c.corrections());
		};
	}

	/** A phase of a narrative procedure (A Perencanaan ...); steps name it by code. */
	public static UnaryOperator<SopContent> phase(ListOp op, int index, String code, String title) {
		return c -> {
			List<Phase> phases = apply(c.phases(), op, index, () -> new Phase(text(code), text(title)),
					p -> new Phase(text(code), text(title)));
			return new SopContent(c.identity(), c.lanes(), c.steps(), c.sections(), phases, c.enactment(), c.notes(),
					c.corrections());
		};
	}

	/** "Ditetapkan di ... pada tanggal ..." and the signatory, as printed. */
	public record EnactmentFields(String place, String date, String jabatan, String nama, String pangkat, String nip) {

		public static EnactmentFields of(Enactment enactment) {
			if (enactment == null) {
				return new EnactmentFields(null, null, null, null, null, null);
			}
			Signatory s = enactment.signatory();
			return new EnactmentFields(enactment.place(), enactment.date(), (s != null) ? s.jabatan() : null,
					(s != null) ? s.nama() : null, (s != null) ? s.pangkat() : null, (s != null) ? s.nip() : null);
		}

	}

	/**
	 * The enactment block of a narrative SOP; all fields empty takes the block away.
	 */
	public static UnaryOperator<SopContent> enactment(EnactmentFields f) {
		return c -> {
			Signatory signatory = (blank(f.jabatan()) && blank(f.nama()) && blank(f.pangkat()) && blank(f.nip())) ? null
					: new Signatory(trim(f.jabatan()), trim(f.nama()), trim(f.pangkat()), trim(f.nip()));
			Enactment enactment = (blank(f.place()) && blank(f.date()) && signatory == null) ? null
					: new Enactment(trim(f.place()), trim(f.date()), signatory);
			return new SopContent(c.identity(), c.lanes(), c.steps(), c.sections(), c.phases(), enactment, c.notes(),
					c.corrections());
		};
	}

	/** Adds, changes, removes or moves one item (term and meaning) of a Definisi list. */
	public static UnaryOperator<SopContent> definition(int sectionIndex, ListOp op, int index, String term,
			String meaning) {
		return c -> {
			Section s = at(c.sections(), sectionIndex);
			List<Definition> definitions = apply(s.definitions(), op, index,
					() -> new Definition(text(term), text(meaning)), d -> new Definition(text(term), text(meaning)));
			return withSection(c, sectionIndex, new Section(s.no(), s.title(), s.paragraphs(), s.bullets(), definitions,
					s.procedure(), s.chains()));
		};
	}

	/**
	 * Adds (starting with {@code first} when given), removes or moves an Alur Kerja arrow
	 * chain of a section.
	 */
	public static UnaryOperator<SopContent> chain(int sectionIndex, ListOp op, int index, String first) {
		return c -> {
			Section s = at(c.sections(), sectionIndex);
			List<List<String>> chains = apply(s.chains(), op, index,
					() -> blank(first) ? List.of() : List.of(text(first)), chain -> chain);
			return withSection(c, sectionIndex, new Section(s.no(), s.title(), s.paragraphs(), s.bullets(),
					s.definitions(), s.procedure(), chains));
		};
	}

	/** Adds, changes, removes or moves one item of an arrow chain. */
	public static UnaryOperator<SopContent> chainItem(int sectionIndex, int chainIndex, ListOp op, int index,
			String value) {
		return c -> {
			Section s = at(c.sections(), sectionIndex);
			List<List<String>> chains = new ArrayList<>(s.chains());
			chains.set(check(chains, chainIndex), strings(chains.get(chainIndex), op, index, value));
			return withSection(c, sectionIndex, new Section(s.no(), s.title(), s.paragraphs(), s.bullets(),
					s.definitions(), s.procedure(), List.copyOf(chains)));
		};
	}

	/**
	 * Links a Keterkaitan item to an SOP by its code, or unlinks it when empty; the
	 * editor checks the code names an SOP of the kabupaten.
	 */
	public static UnaryOperator<SopContent> relatedCode(int index, String code) {
		return c -> {
			Identity i = identity(c);
			List<RelatedSop> related = apply(i.keterkaitan(), ListOp.SET, index, () -> null,
					r -> new RelatedSop(r.text(), trim(code)));
			return withIdentity(c,
					new Identity(i.letterhead(), i.nomorSop(), i.tanggalPembuatan(), i.tanggalRevisi(),
							i.tanggalEfektif(), i.disahkanOleh(), i.namaSop(), i.flowchartTitle(), i.dasarHukum(),
							i.kualifikasiPelaksana(), related, i.peralatan(), i.peringatan(), i.pencatatan()));
		};
	}

	/** "1-7 Hari", "30 Menit": how the guideline's tables print a time standard. */
	public static String printed(int min, int max, TimeUnit unit) {
		String label = switch (unit) {
			case MENIT -> "Menit";
			case JAM -> "Jam";
			case HARI_KERJA -> "Hari";
			case BULAN -> "Bulan";
		};
		return ((min == max) ? String.valueOf(max) : min + "-" + max) + " " + label;
	}

	static TimeStandard time(Integer min, Integer max, TimeUnit unit) {
		if (min == null && max == null) {
			return null;
		}
		int lo = (min != null) ? min : max;
		int hi = (max != null) ? max : min;
		return new TimeStandard(lo, hi, unit, (unit != null) ? printed(lo, hi, unit) : String.valueOf(hi));
	}

	private static Step newStep(SopContent c, StepFields f) {
		int next = c.steps()
			.stream()
			.map(Step::no)
			.filter(no -> no != null && no.matches("\\d+"))
			.mapToInt(Integer::parseInt)
			.max()
			.orElse(0) + 1;
		String lane = (f != null && !blank(f.lane())) ? f.lane() : c.lanes().isEmpty() ? null : c.lanes().get(0).key();
		StepKind kind = (f != null && f.kind() != null) ? f.kind()
				: c.steps().isEmpty() ? StepKind.START : StepKind.PROCESS;
		String activity = (f != null) ? text(f.activity()) : "";
		return new Step(String.valueOf(next), kind, null, lane, activity, List.of(), null, null, List.of(), null, null,
				null, null, null, List.of(), null);
	}

	private static Step changed(Step s, StepFields f) {
		boolean decision = f.kind() == StepKind.DECISION;
		return new Step(text(f.no()), f.kind(), s.printedMarker(), trim(f.lane()), text(f.activity()), s.kelengkapan(),
				time(f.timeMin(), f.timeMax(), f.timeUnit()), trim(f.output()), s.keterangan(),
				decision ? null : trim(f.next()), decision ? trim(f.ya()) : null, decision ? trim(f.tidak()) : null,
				trim(f.phase()), trim(f.title()), s.recurringReports(), s.reportsTo(), s.duty());
	}

	private static String newLaneKey(SopContent c) {
		int n = c.lanes().size() + 1;
		while (c.lane("L" + n).isPresent()) {
			n++;
		}
		return "L" + n;
	}

	private static List<String> strings(List<String> list, ListOp op, int index, String value) {
		return apply(list, op, index, () -> text(value), old -> text(value));
	}

	/** One list operation on an immutable list, answering the new list. */
	static <T> List<T> apply(List<T> list, ListOp op, int index, Supplier<T> created, Function<T, T> changed) {
		List<T> result = new ArrayList<>(list);
		switch (op) {
			case ADD -> result.add(created.get());
			case SET -> result.set(check(list, index), changed.apply(list.get(check(list, index))));
			case REMOVE -> result.remove(check(list, index));
			case UP -> {
				if (check(list, index) > 0) {
					result.set(index - 1, list.get(index));
					result.set(index, list.get(index - 1));
				}
			}
			case DOWN -> {
				if (check(list, index) < list.size() - 1) {
					result.set(index + 1, list.get(index));
					result.set(index, list.get(index + 1));
				}
			}
		}
		return List.copyOf(result);
	}

	private static int check(List<?> list, int index) {
		if (index < 0 || index >= list.size()) {
			throw new IllegalArgumentException("No item " + index);
		}
		return index;
	}

	private static <T> T at(List<T> list, int index) {
		return list.get(check(list, index));
	}

	private static Identity identity(SopContent c) {
		return (c.identity() != null) ? c.identity()
				: new Identity(null, null, null, null, null, null, "", null, null, null, null, null, null, null);
	}

	private static SopContent withIdentity(SopContent c, Identity identity) {
		return new SopContent(identity, c.lanes(), c.steps(), c.sections(), c.phases(), c.enactment(), c.notes(),
				c.corrections());
	}

	private static SopContent withSection(SopContent c, int index, Section section) {
		List<Section> sections = new ArrayList<>(c.sections());
		sections.set(index, section);
		return new SopContent(c.identity(), c.lanes(), c.steps(), sections, c.phases(), c.enactment(), c.notes(),
				c.corrections());
	}

	private static SopContent withSteps(SopContent c, List<Step> steps) {
		return new SopContent(c.identity(), c.lanes(), steps, c.sections(), c.phases(), c.enactment(), c.notes(),
				c.corrections());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

	private static String text(String s) {
		return (s == null) ? "" : s.strip();
	}

}
