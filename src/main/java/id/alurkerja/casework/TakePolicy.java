package id.alurkerja.casework;

import id.alurkerja.org.Holding;

/**
 * Who may take a task: a holder of its position while nobody has taken it, so that the
 * other holders see who works on it and the time taken is recorded.
 */
final class TakePolicy {

	private TakePolicy() {
	}

	static Verdict<Holding> mayTake(Actor actor, Task task, Organisation org) {
		if (task.getTakenAt() != null && task.getAssigneePersonId() != null
				&& !task.getAssigneePersonId().equals(actor.personId())
				&& actor.holding(task.getPositionId()).isPresent()) {
			// another holder came first: a conflict that names them, not a refusal
			return Verdict.conflict("casework.task.takenBy", org.personName(task.getAssigneePersonId()));
		}
		// past the owner check a taken task can only be the actor's own
		return TaskActorPolicy.owner(actor, task, org)
			.then(holding -> (task.getAssigneePersonId() != null)
					? Verdict.conflict("casework.task.takenBy", org.personName(task.getAssigneePersonId()))
					: Verdict.allow(holding));
	}

}
