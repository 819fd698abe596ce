package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;

/**
 * When a step may complete: by its owner, once every delegation of it the sender waits
 * for has been reported back (a tembusan is a copy for information, not waited for).
 * (What the step must leave behind is {@link OutputPolicy}'s rule.)
 */
final class CompletionPolicy {

	private CompletionPolicy() {
	}

	static Verdict<Holding> mayComplete(Actor actor, Task task, List<Delegation> delegations, Organisation org) {
		return TaskActorPolicy.owner(actor, task, org)
			.then(holding -> delegations.stream()
				.filter(Delegation::awaited)
				.findFirst()
				.<Verdict<Holding>>map(open -> Verdict.invalid(null, "casework.complete.openDelegations",
						org.positionTitle(open.getToPositionId())))
				.orElse(Verdict.allow(holding)));
	}

}
