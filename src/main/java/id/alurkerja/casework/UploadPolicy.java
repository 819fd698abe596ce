package id.alurkerja.casework;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import id.alurkerja.org.Holding;

/**
 * Who may upload to a running case: whoever works on the current step (its owner or the
 * receiver of an open delegation), and whoever registered the case while it stands at its
 * first step (its starting documents).
 */
final class UploadPolicy {

	private UploadPolicy() {
	}

	static Verdict<Holding> mayUpload(Actor actor, CaseFile c, Task current, Supplier<List<Delegation>> delegations,
			BooleanSupplier atFirstTask, Organisation org) {
		Verdict<Holding> worker = TaskActorPolicy.worker(actor, current, delegations, org);
		if (worker.allowed()) {
			return worker;
		}
		if (actor.personId().equals(c.getCreatedByPersonId()) && atFirstTask.getAsBoolean()
				&& actor.senior().isPresent()) {
			return Verdict.allow(actor.senior().get());
		}
		return Verdict.notAllowed("casework.upload.notAllowed");
	}

}
