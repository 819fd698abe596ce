package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Completing a step: the outcome (Ya/Tidak on decisions), the reason of a Tidak, the
 * disposition for the next actor (arahan, sifat, optional deadline, optionally a named
 * person), a reason to go on without the step's output, the task version the form was
 * rendered on, and the form's one-time token.
 */
public record Completion(long version, Outcome outcome, String reason, String arahan, Sifat sifat, LocalDate deadline,
		Long nextPersonId, String outputMissingReason, UUID token) {

	public static Completion done(long version) {
		return new Completion(version, Outcome.DONE, null, null, null, null, null, null, null);
	}

	public Completion withArahan(String arahan, Sifat sifat) {
		return new Completion(this.version, this.outcome, this.reason, arahan, sifat, this.deadline, this.nextPersonId,
				this.outputMissingReason, this.token);
	}

	public Completion withoutOutput(String why) {
		return new Completion(this.version, this.outcome, this.reason, this.arahan, this.sifat, this.deadline,
				this.nextPersonId, why, this.token);
	}

}
