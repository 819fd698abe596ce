package id.alurkerja.casework;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.alurkerja.org.UnitView;

/**
 * Who may see a case. A case of another kabupaten does not exist for the user; within the
 * kabupaten an admin sees every case; anyone else sees a case they acted on, whose work
 * reached one of their positions or a position under them, or (unless it is rahasia) that
 * belongs to their unit or a unit under it. A position whose paraf a step asks (paraf
 * koordinasi may name a lane of another unit) is reached by the case's work.
 */
final class VisibilityPolicy {

	/**
	 * What the rule reads of one case, asked lazily and in this order: whether the person
	 * acted on it, and the positions its work reached (tasks, delegations, actions).
	 */
	record Reach(BooleanSupplier actedOnByActor, Supplier<Set<Long>> positionsReached) {
	}

	private VisibilityPolicy() {
	}

	static boolean maySee(Actor actor, CaseFile c, Reach reach, Organisation org) {
		if (!actor.kabupatenId().equals(c.getKabupatenId())) {
			return false;
		}
		if (actor.admin() || reach.actedOnByActor().getAsBoolean()) {
			return true;
		}
		Set<Long> reached = reach.positionsReached().get();
		for (var holding : actor.holdings()) {
			Long mine = holding.position().id();
			if (reached.contains(mine) || org.subordinatesOf(mine).stream().anyMatch(p -> reached.contains(p.id()))) {
				return true;
			}
		}
		if (c.getSifat() == Sifat.RAHASIA) {
			return false;
		}
		Set<Long> ownerAndAbove = org.unitWithAncestors(c.getUnitId())
			.stream()
			.map(UnitView::id)
			.collect(Collectors.toSet());
		return actor.holdings().stream().anyMatch(h -> ownerAndAbove.contains(h.position().unitId()));
	}

}
