package id.alurkerja.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.alurkerja.org.Holding;
import id.alurkerja.org.PositionView;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;

/**
 * Who may initial a draft. Where the SOP declares document duties, a step asks for paraf
 * (its duty names the document and the lanes): only while the case stands at that step,
 * only holders of those lanes' positions, and never the document's signer. Where it
 * declares none (a revision published before duties existed), an official initials in
 * their most senior position. Either way: only the latest unsigned version, once per
 * person, at most three per version, each more senior than the one before.
 */
final class ParafPolicy {

	static final int MAX_PARAF = 3;

	/**
	 * Where the paraf would be given: the SOP, the case's current step, the document;
	 * and, for lanes bound to the case's origin, the case's origin unit and the
	 * organisation that resolves them (without them such a lane matches no one).
	 */
	record At(SopContent content, Step step, String document, Long originUnitId, Organisation org) {

		At(SopContent content, Step step, String document) {
			this(content, step, document, null, null);
		}

	}

	private ParafPolicy() {
	}

	static Verdict<Holding> mayInitial(Actor actor, DocumentVersion version, List<DocumentVersion> versionsOfDocument,
			List<Paraf> parafs, At at) {
		Verdict<Boolean> latest = SignPolicy.latestUnsigned(version, versionsOfDocument);
		if (!latest.allowed()) {
			return latest.refusedAs();
		}
		if (parafs.stream().anyMatch(p -> p.getPersonId().equals(actor.personId()))) {
			return Verdict.conflict("casework.paraf.already");
		}
		if (parafs.size() >= MAX_PARAF) {
			return Verdict.invalid(null, "casework.paraf.full");
		}
		Optional<Holding> as;
		if (at.content().declaresDuties()) {
			Step step = at.step();
			if (step == null || !step.has(DocumentDuty.Kind.PARAF) || !step.duty().concerns(at.document())) {
				return Verdict.notAllowed("casework.paraf.notAsked", at.document());
			}
			if (holdsLaneOf(actor, at, at.content().signingStep(at.document()).map(Step::lane).orElse(null))) {
				return Verdict.notAllowed("casework.paraf.signer");
			}
			as = actor.holdings()
				.stream()
				.filter(h -> step.duty().parafLanes().stream().anyMatch(lane -> holdsLane(h, at, lane)))
				.min(Comparator.comparingInt(h -> h.position().rank()));
		}
		else {
			as = actor.senior();
		}
		if (as.isEmpty()) {
			return Verdict.notAllowed("casework.paraf.notAllowed");
		}
		if (!parafs.isEmpty() && as.get().position().rank() >= parafs.get(parafs.size() - 1).getRank()) {
			return Verdict.invalid(null, "casework.paraf.rankOrder");
		}
		return Verdict.allow(as.get());
	}

	/**
	 * The positions of the lanes a paraf duty names, as the case's kabupaten binds them
	 * (a lane bound to the origin: as the case's origin unit resolves it).
	 */
	static List<PositionView> lanePositions(SopContent content, DocumentDuty duty, Long originUnitId,
			Organisation org) {
		return duty.parafLanes()
			.stream()
			.map(content::lane)
			.flatMap(Optional::stream)
			.filter(lane -> !lane.external())
			.map(lane -> LanePolicy.position(lane, originUnitId, org).value())
			.flatMap(Optional::stream)
			.toList();
	}

	private static boolean holdsLaneOf(Actor actor, At at, String laneKey) {
		return laneKey != null && actor.holdings().stream().anyMatch(h -> holdsLane(h, at, laneKey));
	}

	/**
	 * Whether a holding is of the position a lane of the SOP is bound to: a fixed lane by
	 * its code (the actor's own positions carry it: no lookup), a lane bound to the
	 * origin as the case's origin resolves it.
	 */
	private static boolean holdsLane(Holding holding, At at, String laneKey) {
		return at.content()
			.lane(laneKey)
			.filter(lane -> !lane.external())
			.map(lane -> lane.boundToOrigin()
					? at.org() != null && LanePolicy.position(lane, at.originUnitId(), at.org())
						.value()
						.filter(p -> p.id().equals(holding.position().id()))
						.isPresent()
					: holding.position().code().equals(lane.position()))
			.orElse(false);
	}

}
