package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import id.alurkerja.org.Holding;
import id.alurkerja.org.PositionView;

/**
 * To whom one may dispose a step: its owner, or whoever received it by delegation, hands
 * it down to a position under their own, optionally naming one of its holders.
 */
final class DispositionPolicy {

	/** Where a disposition comes from: the position, and the delegation it continues. */
	record From(Holding holding, Delegation received) {
	}

	private DispositionPolicy() {
	}

	static Verdict<From> mayDispose(Actor actor, Task task, Supplier<List<Delegation>> delegations, Organisation org) {
		Verdict<Holding> owner = TaskActorPolicy.owner(actor, task, org);
		if (owner.allowed()) {
			return Verdict.allow(new From(owner.orThrow(), null));
		}
		Optional<Delegation> received = TaskActorPolicy.received(actor, delegations.get());
		return received.map(d -> Verdict.allow(new From(actor.holding(d.getToPositionId()).orElseThrow(), d)))
			.orElse(Verdict.notAllowed("casework.task.notYours"));
	}

	/** The positions one may dispose to from {@code from}: those under it. */
	static List<PositionView> targets(From from, Organisation org) {
		return org.subordinatesOf(from.holding().position().id());
	}

	static Verdict<PositionView> mayDisposeTo(From from, Long toPositionId, Long toPersonId, Organisation org) {
		Optional<PositionView> to = targets(from, org).stream().filter(p -> p.id().equals(toPositionId)).findFirst();
		if (to.isEmpty()) {
			return Verdict.invalid("toPositionId", "casework.delegate.notSubordinate");
		}
		if (toPersonId != null
				&& org.holdersOn(to.get().id()).stream().noneMatch(h -> h.person().id().equals(toPersonId))) {
			return Verdict.invalid("toPersonId", "casework.complete.nextPersonNotHolder");
		}
		return Verdict.allow(to.get());
	}

}
