package id.alurkerja.sop;

/**
 * How a lane finds its position when a case reaches it. Most lanes are one position of
 * the organisation ({@code Lane.position}, by code). A lane of an SOP that serves many
 * units (a kecamatan's SOP for each of its desa, a dinas's for every village) is instead
 * a role relative to the case's origin unit, a unit of kind {@link #originKind} (e.g.
 * {@code DESA}) chosen when the case is registered:
 * <ul>
 * <li>{@link Kind#ORIGIN_HEAD}: the head of the origin unit (the Kepala Desa of that
 * village);</li>
 * <li>{@link Kind#ORIGIN_PARENT_HEAD}: the head of the unit above it (the Camat of the
 * village's kecamatan);</li>
 * <li>{@link Kind#ORIGIN_TITLED}: the position of the origin unit whose title begins with
 * {@link #title} (its "Sekretaris Desa").</li>
 * </ul>
 * The position is resolved when the task is created, so a head appointed mid-case
 * receives the next step.
 */
public record LaneBinding(Kind kind, String originKind, String title) {

	public enum Kind {

		ORIGIN_HEAD, ORIGIN_PARENT_HEAD, ORIGIN_TITLED

	}

	public static LaneBinding originHead(String originKind) {
		return new LaneBinding(Kind.ORIGIN_HEAD, originKind, null);
	}

	public static LaneBinding originParentHead(String originKind) {
		return new LaneBinding(Kind.ORIGIN_PARENT_HEAD, originKind, null);
	}

	public static LaneBinding originTitled(String originKind, String title) {
		return new LaneBinding(Kind.ORIGIN_TITLED, originKind, title);
	}

}
