package id.alurkerja.sop;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a revision of an SOP says, as printed: the identity block, the lanes, the
 * steps with their mutu baku, and for narrative SOPs their sections. Immutable; stored as
 * one JSON document per revision and read from the seed files in the same shape.
 */
public record SopContent(Identity identity, List<Lane> lanes, List<Step> steps, List<Section> sections,
		List<Phase> phases, Enactment enactment, List<String> notes, List<String> corrections) {

	public SopContent {
		lanes = List.copyOf(nullSafe(lanes));
		steps = List.copyOf(nullSafe(steps));
		sections = List.copyOf(nullSafe(sections));
		phases = List.copyOf(nullSafe(phases));
		notes = List.copyOf(nullSafe(notes));
		corrections = List.copyOf(nullSafe(corrections));
	}

	public Optional<Step> step(String no) {
		return this.steps.stream().filter(s -> s.no().equals(no)).findFirst();
	}

	public Optional<Lane> lane(String key) {
		return this.lanes.stream().filter(l -> l.key().equals(key)).findFirst();
	}

	public Optional<Step> start() {
		return this.steps.stream().filter(s -> s.kind() == StepKind.START).findFirst();
	}

	/**
	 * Where the flow goes after a non-decision step: its explicit {@code next}, else the
	 * following step in printed order; empty after an end.
	 */
	public Optional<Step> following(Step step) {
		if (step.kind() == StepKind.END) {
			return Optional.empty();
		}
		if (step.next() != null) {
			return step(step.next());
		}
		int index = this.steps.indexOf(step);
		return (index >= 0 && index + 1 < this.steps.size()) ? Optional.of(this.steps.get(index + 1))
				: Optional.empty();
	}

	/** Where the flow may go from a step: one target, or Ya and Tidak for a decision. */
	public List<String> targets(Step step) {
		if (step.kind() == StepKind.DECISION) {
			return java.util.stream.Stream.of(step.ya(), step.tidak()).filter(Objects::nonNull).toList();
		}
		return following(step).map(s -> List.of(s.no())).orElse(List.of());
	}

	/**
	 * Whether this revision says who drafts, initials and signs its documents. A revision
	 * published before document duties existed says nothing: its cases keep the rules
	 * they started with (see ADR 0063).
	 */
	public boolean declaresDuties() {
		return this.steps.stream().anyMatch(s -> s.duty() != null);
	}

	/** The step that signs the named document, if any. */
	public Optional<Step> signingStep(String document) {
		return this.steps.stream()
			.filter(s -> s.has(DocumentDuty.Kind.SIGN) && s.duty().concerns(document))
			.findFirst();
	}

	/**
	 * The step that numbers and sends the named document, when the SOP separates
	 * numbering from signing (seed 004: row 7 signs, row 9 numbers); empty when the
	 * signature itself gives the number.
	 */
	public Optional<Step> numberingStep(String document) {
		return this.steps.stream()
			.filter(s -> s.has(DocumentDuty.Kind.NUMBER) && s.duty().concerns(document))
			.findFirst();
	}

	static <T> List<T> nullSafe(List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** The identity block of the official format, every text as printed. */
	public record Identity(List<String> letterhead, String nomorSop, String tanggalPembuatan, String tanggalRevisi,
			String tanggalEfektif, Signatory disahkanOleh, String namaSop, String flowchartTitle,
			List<String> dasarHukum, List<String> kualifikasiPelaksana, List<RelatedSop> keterkaitan,
			List<String> peralatan, List<String> peringatan, List<String> pencatatan) {

		public Identity {
			letterhead = nullSafe(letterhead);
			dasarHukum = nullSafe(dasarHukum);
			kualifikasiPelaksana = nullSafe(kualifikasiPelaksana);
			keterkaitan = nullSafe(keterkaitan);
			peralatan = nullSafe(peralatan);
			peringatan = nullSafe(peringatan);
			pencatatan = nullSafe(pencatatan);
		}

	}

	/**
	 * Who signed: position, name, rank and NIP exactly as printed (the NIP may be
	 * invalid).
	 */
	public record Signatory(String jabatan, String nama, String pangkat, String nip) {
	}

	/** A related SOP: linked when {@code code} names an SOP in Alur, else text only. */
	public record RelatedSop(String text, String code) {
	}

	/**
	 * An actor lane (pelaksana), in printed column order: a position of the organisation
	 * (by code, resolved in the case's kabupaten), a role relative to the case's origin
	 * unit ({@code binding}, see {@link LaneBinding}), or an external party whose steps
	 * are recorded on their behalf by {@code recordedBy}.
	 */
	public record Lane(String key, String name, String position, boolean external, String recordedBy,
			LaneBinding binding) {

		public Lane(String key, String name, String position, boolean external, String recordedBy) {
			this(key, name, position, external, recordedBy, null);
		}

		/** Whether the lane's position depends on the case's origin unit. */
		public boolean boundToOrigin() {
			return this.binding != null && !this.external;
		}

	}

	/**
	 * The kind of unit the SOP's cases come from (e.g. {@code DESA}), when a lane is
	 * bound to the case's origin; empty when every lane is one position.
	 */
	public Optional<String> originKind() {
		return this.lanes.stream().filter(Lane::boundToOrigin).map(l -> l.binding().originKind()).findFirst();
	}

	/** One printed row (or narrative procedure step) with its mutu baku. */
	public record Step(String no, StepKind kind, String printedMarker, String lane, String activity,
			List<String> kelengkapan, TimeStandard time, String output, List<String> keterangan, String next, String ya,
			String tidak, String phase, String title, List<String> recurringReports, String reportsTo,
			DocumentDuty duty) {

		public Step {
			kelengkapan = nullSafe(kelengkapan);
			keterangan = nullSafe(keterangan);
			recurringReports = nullSafe(recurringReports);
		}

		/** A step with no document duty. */
		public Step(String no, StepKind kind, String printedMarker, String lane, String activity,
				List<String> kelengkapan, TimeStandard time, String output, List<String> keterangan, String next,
				String ya, String tidak, String phase, String title, List<String> recurringReports, String reportsTo) {
			this(no, kind, printedMarker, lane, activity, kelengkapan, time, output, keterangan, next, ya, tidak, phase,
					title, recurringReports, reportsTo, null);
		}

		/** Whether this step has a duty of this kind. */
		public boolean has(DocumentDuty.Kind kind) {
			return this.duty != null && this.duty.kind() == kind;
		}

	}

	/**
	 * A time standard: "1-7 Hari" is 1 to 7 working days, "30 Menit" is 30 to 30 minutes.
	 */
	public record TimeStandard(int min, int max, TimeUnit unit, String printed) {
	}

	/** A numbered section of a narrative SOP. */
	public record Section(String no, String title, List<String> paragraphs, List<String> bullets,
			List<Definition> definitions, boolean procedure, List<List<String>> chains) {

		public Section {
			paragraphs = nullSafe(paragraphs);
			bullets = nullSafe(bullets);
			definitions = nullSafe(definitions);
			chains = nullSafe(chains);
		}

	}

	public record Definition(String term, String meaning) {
	}

	/**
	 * A phase of a narrative procedure (A Perencanaan, B Pelaksanaan, C Evaluasi ...).
	 */
	public record Phase(String code, String title) {
	}

	/** "Ditetapkan di ... pada tanggal ..." and the signatory of a narrative SOP. */
	public record Enactment(String place, String date, Signatory signatory) {
	}

}
