package id.alurkerja.casework;

import java.util.Set;
import java.util.stream.Collectors;

import id.alurkerja.org.UnitView;

/**
 * Who may cancel a case: while it runs, an admin of its kabupaten or the head of its unit
 * or of a unit above it.
 */
final class CancelPolicy {

	private CancelPolicy() {
	}

	static Verdict<Boolean> mayCancel(Actor actor, CaseFile c, Organisation org) {
		if (!actor.kabupatenId().equals(c.getKabupatenId())) {
			return Verdict.notFound();
		}
		if (c.getStatus() != CaseStatus.BERJALAN) {
			return Verdict.conflict("casework.case.notRunning", c.getRegistrationNo());
		}
		if (actor.admin()) {
			return Verdict.allow();
		}
		Set<Long> ownerAndAbove = org.unitWithAncestors(c.getUnitId())
			.stream()
			.map(UnitView::id)
			.collect(Collectors.toSet());
		return actor.holdings()
			.stream()
			.anyMatch(h -> h.position().unitHead() && ownerAndAbove.contains(h.position().unitId())) ? Verdict.allow()
					: Verdict.notAllowed("casework.cancel.notAllowed");
	}

}
