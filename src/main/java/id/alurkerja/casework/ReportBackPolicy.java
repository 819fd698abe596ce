package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;

/**
 * Who may report a delegation back: its receiver (a holder of the position it went to,
 * and the named person if it names one), once whatever they handed further down is back.
 * The receiver reports back; only the step's owner completes the step.
 */
final class ReportBackPolicy {

	private ReportBackPolicy() {
	}

	static Verdict<Holding> mayReportBack(Actor actor, Delegation delegation, List<Delegation> delegations) {
		if (!delegation.isOpen()) {
			return Verdict.conflict("casework.delegation.notOpen");
		}
		var holding = actor.holding(delegation.getToPositionId());
		if (holding.isEmpty()
				|| (delegation.getToPersonId() != null && !delegation.getToPersonId().equals(actor.personId()))) {
			return Verdict.notAllowed("casework.delegation.notYours");
		}
		boolean childOpen = delegations.stream()
			.anyMatch(d -> d.getParentId() != null && d.getParentId().equals(delegation.getId()) && d.awaited());
		return childOpen ? Verdict.invalid(null, "casework.report.childOpen") : Verdict.allow(holding.get());
	}

}
