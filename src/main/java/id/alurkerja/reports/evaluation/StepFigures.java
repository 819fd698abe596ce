package id.alurkerja.reports.evaluation;

import java.util.List;

import id.alurkerja.sop.SopContent.TimeStandard;
import id.alurkerja.sop.TimeUnit;

/**
 * The measured figures of one step over a period. Times are in {@link #unit()}: the
 * step's own unit, or working days for a step without a standard.
 *
 * @param completed tasks of the step completed in the period
 * @param median median time taken, null when none completed
 * @param p90 90th percentile (linear interpolation, as PERCENTILE.INC)
 * @param withStandard completed tasks that had a due time
 * @param within completed at or before the due time
 * @param overdue completed after the due time
 * @param returns completed with Tidak (sent back)
 * @param byLane done by a definitive holder of the lane's own position
 * @param byActing done by a Plt. or Plh.
 * @param delegated handed down by delegation before it was done
 * @param outputPresent a document was uploaded on the task
 * @param outputMissing completed with a stated reason for the missing output
 */
public record StepFigures(String no, String activity, String lane, TimeStandard standard, TimeUnit unit, int completed,
		Double median, Double p90, int withStandard, int within, int overdue, int returns, List<Reason> reasons,
		int byLane, int byActing, int delegated, int outputPresent, int outputMissing, boolean outputExpected,
		List<Flag> flags) {

	/** A reason given for Tidak and how often. */
	public record Reason(String text, int count) {
	}

	/** Share completed within the standard (0..1), null without a standard. */
	public Double withinShare() {
		return (this.withStandard > 0) ? (double) this.within / this.withStandard : null;
	}

	/** The form's proposal: runs well unless a flag says the step holds cases up. */
	public boolean proposedBaik() {
		return this.flags.stream().noneMatch(Flag::holdsUp);
	}

	public boolean late() {
		return this.flags.contains(Flag.MEDIAN_OVER_MAX) || this.flags.contains(Flag.MANY_OVERDUE);
	}

}
