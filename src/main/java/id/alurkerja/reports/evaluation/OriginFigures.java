package id.alurkerja.reports.evaluation;

import id.alurkerja.sop.TimeUnit;

/**
 * One step's figures over the cases of one origin unit (the village a kecamatan's case
 * comes from): how many were done and how long they took, in the step's unit.
 *
 * @param originUnitId the origin unit, null for the cases that have none
 * @param origin its name, "—" when none
 * @param withStandard the completions that had a time standard
 */
public record OriginFigures(String stepNo, String activity, Long originUnitId, String origin, int completed, int cases,
		Double median, Double p90, TimeUnit unit, int withStandard, int overdue) {

	/** The share of the completions with a standard done within it, or null. */
	public Double withinShare() {
		return (this.withStandard > 0) ? (double) (this.withStandard - this.overdue) / this.withStandard : null;
	}

}
