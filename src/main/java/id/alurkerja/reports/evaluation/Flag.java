package id.alurkerja.reports.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the figures of a step say at a glance. The first three hold cases up; the last two
 * say the standard itself looks unrealistic. Each has a one-line explanation in the
 * bundle ({@code reports.flag.<NAME>}).
 */
public enum Flag {

	MEDIAN_OVER_MAX(true), MANY_RETURNS(true), MANY_OVERDUE(true), P90_FAR_UNDER_MIN(false), P90_FAR_OVER_MAX(false);

	/** Fewer completed tasks than this say too little to flag anything. */
	public static final int MIN_TASKS = 5;

	/** Returned with Tidak at least this share of the times it was decided. */
	public static final double RETURN_SHARE_LIMIT = 0.20;

	/** Done late at least this share of the times it had a standard. */
	public static final double OVERDUE_SHARE_LIMIT = 0.25;

	/**
	 * The 90th percentile below this share of the minimum: the standard is far too long.
	 */
	public static final double FAR_UNDER_FACTOR = 0.5;

	/**
	 * The 90th percentile above this multiple of the maximum: the standard is far too
	 * short.
	 */
	public static final double FAR_OVER_FACTOR = 2.0;

	private final boolean holdsUp;

	Flag(boolean holdsUp) {
		this.holdsUp = holdsUp;
	}

	public boolean holdsUp() {
		return this.holdsUp;
	}

	/**
	 * The flags of a step from its figures, in the step's own unit ({@code median},
	 * {@code p90}, {@code min}, {@code max} may be null where unknown).
	 */
	public static List<Flag> of(int completed, Double median, Double p90, Integer min, Integer max, int withStandard,
			int overdue, int returns) {
		List<Flag> flags = new ArrayList<>();
		if (completed < MIN_TASKS) {
			return flags;
		}
		if (median != null && max != null && median > max) {
			flags.add(MEDIAN_OVER_MAX);
		}
		if (returns > 0 && (double) returns / completed >= RETURN_SHARE_LIMIT) {
			flags.add(MANY_RETURNS);
		}
		if (withStandard > 0 && overdue > 0 && (double) overdue / withStandard >= OVERDUE_SHARE_LIMIT) {
			flags.add(MANY_OVERDUE);
		}
		if (p90 != null && min != null && p90 < FAR_UNDER_FACTOR * min) {
			flags.add(P90_FAR_UNDER_MIN);
		}
		if (p90 != null && max != null && p90 > FAR_OVER_FACTOR * max) {
			flags.add(P90_FAR_OVER_MAX);
		}
		return flags;
	}

}
