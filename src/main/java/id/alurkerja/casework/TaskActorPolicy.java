package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import id.alurkerja.org.Holding;

/**
 * Who acts on a task: a holder of its position (definitively, as Plt. or as Plh.), and
 * only the named person when the task names one. The work of a step (uploads, handing it
 * further down) is also done by the receiver of an open delegation of it.
 */
final class TaskActorPolicy {

	private TaskActorPolicy() {
	}

	/** The owner of the task, in the position they hold it in. */
	static Verdict<Holding> owner(Actor actor, Task task, Organisation org) {
		Optional<Holding> holding = actor.holding(task.getPositionId());
		if (holding.isEmpty()) {
			return Verdict.notAllowed("casework.task.notYours");
		}
		if (task.getAssigneePersonId() != null && !task.getAssigneePersonId().equals(actor.personId())) {
			return Verdict.notAllowed("casework.task.assignedToOther", org.personName(task.getAssigneePersonId()));
		}
		return Verdict.allow(holding.get());
	}

	/**
	 * The open delegation of the task this actor received (the latest one), if any: its
	 * position is theirs and, when it names a person, they are that person.
	 */
	static Optional<Delegation> received(Actor actor, List<Delegation> delegations) {
		return delegations.stream()
			.filter(Delegation::isOpen)
			.filter(d -> actor.holds(d.getToPositionId())
					&& (d.getToPersonId() == null || d.getToPersonId().equals(actor.personId())))
			.reduce((a, b) -> b);
	}

	/** Who works on the step: its owner, or the receiver of an open delegation of it. */
	static Verdict<Holding> worker(Actor actor, Task task, Supplier<List<Delegation>> delegations, Organisation org) {
		Verdict<Holding> owner = owner(actor, task, org);
		if (owner.allowed()) {
			return owner;
		}
		// asked only when needed: the owner's actions read no delegations
		return received(actor, delegations.get()).flatMap(d -> actor.holding(d.getToPositionId()))
			.map(Verdict::allow)
			.orElse(owner);
	}

}
