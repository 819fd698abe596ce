package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;

/**
 * Who may take a branch of a disposisi back: its sender (a holder of the position it came
 * from), while the branch is open, its recipient has not opened the case, and nothing was
 * handed further down from it.
 */
final class RecallPolicy {

	private RecallPolicy() {
	}

	static Verdict<Holding> mayRecall(Actor actor, Delegation branch, List<Delegation> delegations, Organisation org) {
		var holding = actor.holding(branch.getFromPositionId());
		if (holding.isEmpty()) {
			return Verdict.notAllowed("casework.delegation.notYours");
		}
		if (!branch.isOpen()) {
			return Verdict.conflict("casework.delegation.notOpen");
		}
		boolean handedOn = delegations.stream()
			.anyMatch(d -> d.getParentId() != null && d.getParentId().equals(branch.getId()));
		if (branch.isRead() || handedOn) {
			return Verdict.conflict("casework.delegation.alreadyRead", org.positionTitle(branch.getToPositionId()));
		}
		return Verdict.allow(holding.get());
	}

}
