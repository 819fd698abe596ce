package id.alurkerja.reports.evaluation;

import java.util.List;

import id.alurkerja.sop.SopRevisionView;

/**
 * The evaluation of one SOP over a period: per-step figures, the trend per month and
 * overdue per unit.
 *
 * @param revision the revision whose steps are shown (the chosen one, else the newest)
 * @param revisionNumber the chosen revision, null for all
 */
public record Evaluation(SopRevisionView revision, Integer revisionNumber, Period period, Long unitId,
		List<StepFigures> steps, List<Month> months, List<UnitLoad> units, int cases) {

	/** Completed tasks per month and how many of those with a standard were on time. */
	public record Month(String month, int completed, int withStandard, int within) {

		public Double withinShare() {
			return (this.withStandard > 0) ? (double) this.within / this.withStandard : null;
		}

	}

	/** Completed and overdue tasks by the unit of the lane's position. */
	public record UnitLoad(Long unitId, String unit, int completed, int overdue) {
	}

	public List<StepFigures> flagged() {
		return this.steps.stream().filter(s -> !s.flags().isEmpty()).toList();
	}

}
