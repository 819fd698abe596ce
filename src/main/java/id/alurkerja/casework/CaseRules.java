package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;

/**
 * The casework rules for code that writes cases without the services: the history
 * generator, which writes its cases in bulk. It asks here what the services and the case
 * page ask the policies: which outcomes a step may take, where the case goes next, to
 * whom a step may be handed down, when its output is missing, and, on a step walked in
 * memory ({@link StepRun}), whether the one who disposes, reports back or completes may.
 * A refusal throws, as in the services, so a simulation that breaks a rule fails instead
 * of writing a history the services could not have written.
 */
public final class CaseRules {

	private final Organisation org;

	private final Long kabupatenId;

	private CaseRules(Organisation org, Long kabupatenId) {
		this.org = org;
		this.kabupatenId = kabupatenId;
	}

	/**
	 * The rules over one kabupaten's organisation as the directory shows it on a day
	 * (each answer kept: a bulk run asks the same few positions millions of times).
	 */
	public static CaseRules of(OrgDirectory directory, Long kabupatenId, LocalDate day) {
		return new CaseRules(Organisation.of(directory, kabupatenId, day), kabupatenId);
	}

	static CaseRules of(Organisation org, Long kabupatenId) {
		return new CaseRules(org, kabupatenId);
	}

	/**
	 * The outcomes a step may be completed with: Ya or Tidak for a decision, else done.
	 */
	public static List<Outcome> outcomes(Step step) {
		// what the rule makes of each outcome asked: a step that is no decision is done
		List<Outcome> outcomes = new ArrayList<>();
		for (Outcome asked : Outcome.values()) {
			RoutingPolicy.outcomeFor(step, asked)
				.value()
				.filter(taken -> !outcomes.contains(taken))
				.ifPresent(outcomes::add);
		}
		return outcomes;
	}

	/** Where the case goes after a step completed with an outcome; empty when it ends. */
	public static Optional<Step> next(SopContent content, Step step, Outcome outcome) {
		return RoutingPolicy.next(content, step, outcome);
	}

	/**
	 * Whether the step's output is missing when only uploads are simulated (its Output
	 * names one and nothing was uploaded): the step then completes only with the reason
	 * why.
	 */
	public static boolean outputMissing(Step step, boolean uploaded) {
		return OutputPolicy.uploadMissing(step, uploaded);
	}

	/**
	 * The position that acts in a lane for a case from the origin unit (null for a case
	 * of an SOP whose lanes are all fixed), as a task of the case would be given; empty
	 * when the lane has none there.
	 */
	public Optional<PositionView> position(SopContent.Lane lane, Long originUnitId) {
		return LanePolicy.position(lane, originUnitId, this.org).value();
	}

	/** The units a case of the SOP may come from (none when no lane depends on it). */
	public List<UnitView> origins(SopContent content, Long sopUnitId) {
		return LanePolicy.origins(content, sopUnitId, this.org);
	}

	/** The positions a step of this position may be handed down to. */
	public List<PositionView> disposableTo(Long positionId) {
		return this.org.subordinatesOf(positionId);
	}

	/** A step of the position, open, to walk through the rules. */
	public StepRun step(Long positionId, Instant createdAt) {
		return new StepRun(new Task(null, this.kabupatenId, null, null, positionId, null, createdAt, null, null));
	}

	private Actor actor(Holding holding) {
		return new Actor(holding.person().id(), holding.person().name(), this.kabupatenId, false, List.of(holding));
	}

	/**
	 * One step held in memory: its task and the delegations of it. Each action asks the
	 * policy the service asks and throws its refusal.
	 */
	public final class StepRun {

		private final Task task;

		private final List<Delegation> delegations = new ArrayList<>();

		private StepRun(Task task) {
			this.task = task;
		}

		/**
		 * The step's owner, or the receiver of an open delegation of it, hands it down.
		 */
		public void dispose(Holding by, Long toPositionId, Instant at) {
			Actor actor = actor(by);
			DispositionPolicy.From from = DispositionPolicy
				.mayDispose(actor, this.task, () -> this.delegations, CaseRules.this.org)
				.orThrow();
			DispositionPolicy.mayDisposeTo(from, toPositionId, null, CaseRules.this.org).orThrow();
			Delegation received = from.received();
			this.delegations.add(new Delegation(null, (received != null) ? received.getId() : null, actor.personId(),
					from.holding().position().id(), toPositionId, null, null, Sifat.BIASA, null, at));
		}

		/** The receiver of the latest open delegation to their position reports back. */
		public void reportBack(Holding by, Instant at) {
			Actor actor = actor(by);
			Delegation delegation = TaskActorPolicy.received(actor, this.delegations)
				.orElseThrow(() -> new CaseworkException.NotAllowed("casework.delegation.notYours"));
			ReportBackPolicy.mayReportBack(actor, delegation, this.delegations).orThrow();
			delegation.reportBack(null, actor.personId(), at);
		}

		/** The owner completes the step (every delegation reported back). */
		public void complete(Holding by) {
			CompletionPolicy.mayComplete(actor(by), this.task, this.delegations, CaseRules.this.org).orThrow();
		}

	}

}
