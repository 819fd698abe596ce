package id.alurkerja.casework;

import java.util.Optional;

import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;

/**
 * Where the case goes when a step is done: Ya to the decision's Ya target, Tidak to its
 * Tidak target, otherwise the next row of the template; nowhere (the case ends) after an
 * end step or the last row.
 */
public final class RoutingPolicy {

	private RoutingPolicy() {
	}

	/** The outcome a step takes: a decision needs Ya or Tidak, any other step is done. */
	static Verdict<Outcome> outcomeFor(Step step, Outcome asked) {
		if (step.kind() == StepKind.DECISION) {
			return (asked == Outcome.YA || asked == Outcome.TIDAK) ? Verdict.allow(asked)
					: Verdict.invalid("outcome", "casework.complete.decisionNeeded");
		}
		return Verdict.allow(Outcome.DONE);
	}

	public static Optional<Step> next(SopContent content, Step step, Outcome outcome) {
		return switch (outcome) {
			case YA -> content.step(step.ya());
			case TIDAK -> content.step(step.tidak());
			case DONE -> (step.kind() == StepKind.END) ? Optional.empty() : content.following(step);
		};
	}

}
