package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;
import id.alurkerja.sop.SopContent.Step;

import org.springframework.util.StringUtils;

/**
 * When a step may complete: by its owner, once every delegation of it has been reported
 * back. (The step's output, the decision and the Tidak reason are what the completion
 * form must then carry: {@link #checkInput}.)
 */
final class CompletionPolicy {

	private CompletionPolicy() {
	}

	static Verdict<Holding> mayComplete(Actor actor, Task task, List<Delegation> delegations, Organisation org) {
		return TaskActorPolicy.owner(actor, task, org)
			.then(holding -> delegations.stream()
				.filter(Delegation::isOpen)
				.findFirst()
				.<Verdict<Holding>>map(open -> Verdict.invalid(null, "casework.complete.openDelegations",
						org.positionTitle(open.getToPositionId())))
				.orElse(Verdict.allow(holding)));
	}

	/**
	 * Whether the step's output is missing: the step names one and nothing was uploaded
	 * in it. A step may still complete without it, with the reason why.
	 */
	static boolean outputMissing(Step step, boolean uploaded) {
		return StringUtils.hasText(step.output()) && !uploaded;
	}

}
