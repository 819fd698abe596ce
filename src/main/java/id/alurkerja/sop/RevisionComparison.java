package id.alurkerja.sop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.RelatedSop;
import id.alurkerja.sop.SopContent.Signatory;
import id.alurkerja.sop.SopContent.Step;

/**
 * What changed between two revisions of an SOP: identity fields, lanes, and steps added,
 * removed or changed (matched by their printed number), time standards included. Field
 * names are message key suffixes ({@code admin.field.*}).
 */
public record RevisionComparison(SopRevisionView from, SopRevisionView to, List<Change> identity, List<Change> lanes,
		List<StepChange> steps) {

	/** One field's value before and after; lists are joined with " | ". */
	public record Change(String field, String before, String after) {
	}

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * A step that is new, gone or different; {@code time} tells a changed time standard.
	 */
	public record StepChange(String no, Kind kind, String activity, List<Change> fields) {

		public boolean timeChanged() {
			return this.fields.stream().anyMatch(f -> f.field().equals("time"));
		}

	}

	public boolean unchanged() {
		return this.identity.isEmpty() && this.lanes.isEmpty() && this.steps.isEmpty();
	}

	static RevisionComparison of(SopRevisionView from, SopRevisionView to) {
		SopContent a = from.content();
		SopContent b = to.content();
		return new RevisionComparison(from, to, identity(a.identity(), b.identity()), lanes(a, b), steps(a, b));
	}

	/** Every change between two contents as field/before/after, for the admin log. */
	static List<Change> flat(SopContent a, SopContent b) {
		List<Change> all = new ArrayList<>(identity(a.identity(), b.identity()));
		all.addAll(lanes(a, b));
		for (StepChange step : steps(a, b)) {
			switch (step.kind()) {
				case ADDED -> all.add(new Change("step " + step.no(), null, step.activity()));
				case REMOVED -> all.add(new Change("step " + step.no(), step.activity(), null));
				case CHANGED -> step.fields()
					.forEach(f -> all.add(new Change("step " + step.no() + " " + f.field(), f.before(), f.after())));
			}
		}
		return all;
	}

	private static List<Change> identity(Identity a, Identity b) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "nomorSop", a, b, Identity::nomorSop);
		compare(changes, "namaSop", a, b, Identity::namaSop);
		compare(changes, "tanggalPembuatan", a, b, Identity::tanggalPembuatan);
		compare(changes, "tanggalRevisi", a, b, Identity::tanggalRevisi);
		compare(changes, "tanggalEfektif", a, b, Identity::tanggalEfektif);
		compare(changes, "flowchartTitle", a, b, Identity::flowchartTitle);
		compare(changes, "disahkanOleh", a, b, i -> signatory(i.disahkanOleh()));
		compare(changes, "letterhead", a, b, i -> join(i.letterhead()));
		compare(changes, "dasarHukum", a, b, i -> join(i.dasarHukum()));
		compare(changes, "kualifikasiPelaksana", a, b, i -> join(i.kualifikasiPelaksana()));
		compare(changes, "keterkaitan", a, b,
				i -> join(i.keterkaitan().stream().map(RevisionComparison::related).toList()));
		compare(changes, "peralatan", a, b, i -> join(i.peralatan()));
		compare(changes, "peringatan", a, b, i -> join(i.peringatan()));
		compare(changes, "pencatatan", a, b, i -> join(i.pencatatan()));
		return changes;
	}

	private static List<Change> lanes(SopContent a, SopContent b) {
		List<Change> changes = new ArrayList<>();
		Function<SopContent, String> all = c -> join(c.lanes().stream().map(RevisionComparison::lane).toList());
		compare(changes, "lanes", a, b, all);
		// the narrative parts, one line per section or phase
		compare(changes, "phases", a, b, c -> join(c.phases().stream().map(p -> p.code() + " " + p.title()).toList()));
		for (int i = 0; i < Math.max(a.sections().size(), b.sections().size()); i++) {
			int at = i;
			compare(changes, "sections", a, b, c -> (at < c.sections().size()) ? section(c.sections().get(at)) : null);
		}
		compare(changes, "enactment", a, b, RevisionComparison::enactment);
		return changes;
	}

	private static List<StepChange> steps(SopContent a, SopContent b) {
		Map<String, Step> before = byNo(a);
		Map<String, Step> after = byNo(b);
		List<StepChange> changes = new ArrayList<>();
		for (Step old : before.values()) {
			Step now = after.get(old.no());
			if (now == null) {
				changes.add(new StepChange(old.no(), Kind.REMOVED, old.activity(), List.of()));
				continue;
			}
			List<Change> fields = new ArrayList<>();
			compare(fields, "kind", old, now, s -> (s.kind() != null) ? s.kind().name() : null);
			compare(fields, "activity", old, now, Step::activity);
			compare(fields, "lane", old, now, s -> laneName(a, b, s));
			compare(fields, "time", old, now, s -> (s.time() != null) ? s.time().printed() : null);
			compare(fields, "kelengkapan", old, now, s -> join(s.kelengkapan()));
			compare(fields, "output", old, now, Step::output);
			compare(fields, "keterangan", old, now, s -> join(s.keterangan()));
			compare(fields, "next", old, now, Step::next);
			compare(fields, "ya", old, now, Step::ya);
			compare(fields, "tidak", old, now, Step::tidak);
			if (!fields.isEmpty()) {
				changes.add(new StepChange(old.no(), Kind.CHANGED, now.activity(), List.copyOf(fields)));
			}
		}
		for (Step now : after.values()) {
			if (!before.containsKey(now.no())) {
				changes.add(new StepChange(now.no(), Kind.ADDED, now.activity(), List.of()));
			}
		}
		return changes;
	}

	private static Map<String, Step> byNo(SopContent c) {
		Map<String, Step> map = new LinkedHashMap<>();
		c.steps().forEach(s -> map.putIfAbsent(Objects.toString(s.no(), ""), s));
		return map;
	}

	private static String laneName(SopContent a, SopContent b, Step s) {
		SopContent in = a.steps().contains(s) ? a : b;
		return in.lane(Objects.toString(s.lane(), "")).map(Lane::name).orElse(s.lane());
	}

	private static String lane(Lane lane) {
		return lane.name()
				+ (lane.external() ? " (luar)" : (lane.position() != null) ? " [" + lane.position() + "]" : "");
	}

	private static String section(SopContent.Section s) {
		List<String> parts = new ArrayList<>();
		parts.add(((s.no() != null) ? s.no() + " " : "") + s.title());
		parts.addAll(s.paragraphs());
		parts.addAll(s.bullets().stream().map(b -> "• " + b).toList());
		parts.addAll(s.definitions().stream().map(d -> d.term() + ": " + d.meaning()).toList());
		parts.addAll(s.chains().stream().map(chain -> String.join(" → ", chain)).toList());
		return String.join(" | ", parts);
	}

	private static String related(RelatedSop r) {
		return (r.code() != null) ? r.text() + " [" + r.code() + "]" : r.text();
	}

	private static String enactment(SopContent c) {
		SopContent.Enactment e = c.enactment();
		if (e == null) {
			return null;
		}
		return String.join(" | ",
				java.util.stream.Stream.of(e.place(), e.date(), signatory(e.signatory()))
					.filter(Objects::nonNull)
					.toList());
	}

	private static String signatory(Signatory s) {
		return (s == null) ? null
				: String.join(", ",
						java.util.stream.Stream.of(s.jabatan(), s.nama(), s.pangkat(), s.nip())
							.filter(Objects::nonNull)
							.toList());
	}

	private static <T> void compare(List<Change> changes, String field, T a, T b, Function<T, String> value) {
		String before = (a != null) ? empty(value.apply(a)) : null;
		String after = (b != null) ? empty(value.apply(b)) : null;
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, before, after));
		}
	}

	private static String join(List<String> items) {
		return items.isEmpty() ? null : String.join(" | ", items);
	}

	private static String empty(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
