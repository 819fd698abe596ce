package id.alurkerja.sop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;

/**
 * Checks that a revision can run as cases: exactly one start, every step reachable from
 * it, every path reaching an end, decisions with both exits, a lane on every step, time
 * ranges that make sense. Used when loading the seeds and by the editor before
 * publishing.
 */
public final class SopValidator {

	private SopValidator() {
	}

	public static List<ValidationError> validate(SopContent content) {
		List<ValidationError> errors = new ArrayList<>();
		List<Step> steps = content.steps();
		if (steps.isEmpty()) {
			errors.add(ValidationError.of(null, "noSteps"));
			return errors;
		}
		Set<String> seen = new HashSet<>();
		for (Step step : steps) {
			if (step.no() == null || step.no().isBlank()) {
				errors.add(ValidationError.of(null, "noNumber", step.activity()));
			}
			else if (!seen.add(step.no())) {
				errors.add(ValidationError.of(step.no(), "duplicateNo", step.no()));
			}
		}
		checkLanes(content, errors);
		List<Step> starts = steps.stream().filter(s -> s.kind() == StepKind.START).toList();
		if (starts.isEmpty()) {
			errors.add(ValidationError.of(null, "noStart"));
		}
		else if (starts.size() > 1) {
			errors.add(ValidationError.of(starts.get(1).no(), "manyStarts",
					String.join(", ", starts.stream().map(Step::no).toList())));
		}
		if (steps.stream().noneMatch(s -> s.kind() == StepKind.END)) {
			errors.add(ValidationError.of(null, "noEnd"));
		}
		for (Step step : steps) {
			checkStep(content, step, errors);
		}
		if (starts.size() == 1) {
			checkPaths(content, starts.get(0), errors);
		}
		return errors;
	}

	private static void checkLanes(SopContent content, List<ValidationError> errors) {
		Set<String> keys = new HashSet<>();
		for (Lane lane : content.lanes()) {
			if (!keys.add(lane.key())) {
				errors.add(ValidationError.of(null, "duplicateLane", lane.name()));
			}
			if (lane.boundToOrigin()) {
				checkOriginBinding(content, lane, errors);
			}
			else if (!lane.external() && (lane.position() == null || lane.position().isBlank())) {
				errors.add(ValidationError.of(null, "laneWithoutPosition", lane.name()));
			}
		}
	}

	/**
	 * A lane bound to the case's origin names the kind of unit cases come from (one kind
	 * for the whole SOP: a case has one origin) and, for a titled position, its title.
	 */
	private static void checkOriginBinding(SopContent content, Lane lane, List<ValidationError> errors) {
		LaneBinding binding = lane.binding();
		if (binding.kind() == null || binding.originKind() == null || binding.originKind().isBlank()) {
			errors.add(ValidationError.of(null, "laneOriginIncomplete", lane.name()));
			return;
		}
		if (!binding.originKind().equals(content.originKind().orElse(binding.originKind()))) {
			errors.add(ValidationError.of(null, "laneOriginKinds", lane.name(), binding.originKind(),
					content.originKind().orElse("")));
		}
		if (binding.kind() == LaneBinding.Kind.ORIGIN_TITLED
				&& (binding.title() == null || binding.title().isBlank())) {
			errors.add(ValidationError.of(null, "laneOriginTitle", lane.name()));
		}
	}

	private static void checkStep(SopContent content, Step step, List<ValidationError> errors) {
		if (step.kind() == null) {
			errors.add(ValidationError.of(step.no(), "noKind", step.no()));
		}
		if (step.lane() == null || step.lane().isBlank()) {
			errors.add(ValidationError.of(step.no(), "noLane", step.no()));
		}
		else if (content.lane(step.lane()).isEmpty()) {
			errors.add(ValidationError.of(step.no(), "unknownLane", step.no(), step.lane()));
		}
		if (step.activity() == null || step.activity().isBlank()) {
			errors.add(ValidationError.of(step.no(), "noActivity", step.no()));
		}
		TimeStandard time = step.time();
		if (time != null) {
			if (time.unit() == null) {
				errors.add(ValidationError.of(step.no(), "timeUnit", step.no()));
			}
			if (time.min() < 0 || time.max() <= 0) {
				errors.add(ValidationError.of(step.no(), "timePositive", step.no()));
			}
			if (time.min() > time.max()) {
				errors.add(ValidationError.of(step.no(), "timeRange", step.no(), time.min(), time.max()));
			}
		}
		if (step.kind() == StepKind.DECISION) {
			if (step.ya() == null || step.tidak() == null) {
				errors.add(ValidationError.of(step.no(), "decisionExits", step.no()));
			}
			for (String target : new String[] { step.ya(), step.tidak() }) {
				if (target != null && content.step(target).isEmpty()) {
					errors.add(ValidationError.of(step.no(), "unknownTarget", step.no(), target));
				}
			}
		}
		else {
			if (step.ya() != null || step.tidak() != null) {
				errors.add(ValidationError.of(step.no(), "exitsOnNonDecision", step.no()));
			}
			if (step.next() != null && content.step(step.next()).isEmpty()) {
				errors.add(ValidationError.of(step.no(), "unknownTarget", step.no(), step.next()));
			}
			if (step.kind() != StepKind.END && content.following(step).isEmpty()) {
				errors.add(ValidationError.of(step.no(), "deadEnd", step.no()));
			}
		}
		checkDuty(content, step, errors);
	}

	/**
	 * A document duty names its document; paraf names one to three lanes of the SOP other
	 * than the signer's; a document is signed by one step only. The editor refuses a step
	 * form with these problems at its fields.
	 */
	public static List<ValidationError> dutyErrors(SopContent content, Step step) {
		List<ValidationError> errors = new ArrayList<>();
		checkDuty(content, step, errors);
		return errors;
	}

	private static void checkDuty(SopContent content, Step step, List<ValidationError> errors) {
		DocumentDuty duty = step.duty();
		if (duty == null) {
			return;
		}
		if (duty.kind() == null || duty.document() == null || duty.document().isBlank()) {
			errors.add(ValidationError.of(step.no(), "dutyDocument", step.no()));
			return;
		}
		if (duty.kind() == DocumentDuty.Kind.PARAF) {
			if (duty.parafLanes().isEmpty() || duty.parafLanes().size() > 3) {
				errors.add(ValidationError.of(step.no(), "parafLanes", step.no()));
			}
			String signer = content.signingStep(duty.document()).map(Step::lane).orElse(null);
			for (String lane : duty.parafLanes()) {
				if (content.lane(lane).isEmpty()) {
					errors.add(ValidationError.of(step.no(), "unknownLane", step.no(), lane));
				}
				else if (lane.equals(signer)) {
					errors.add(
							ValidationError.of(step.no(), "parafBySigner", step.no(), content.lane(lane).get().name()));
				}
			}
		}
		if (duty.kind() == DocumentDuty.Kind.SIGN
				&& content.signingStep(duty.document()).filter(first -> !first.no().equals(step.no())).isPresent()) {
			errors.add(ValidationError.of(step.no(), "signedTwice", step.no(), duty.document()));
		}
	}

	/** Reachability from the start, and from every reachable step to an end. */
	private static void checkPaths(SopContent content, Step start, List<ValidationError> errors) {
		Map<String, List<String>> edges = new HashMap<>();
		for (Step step : content.steps()) {
			edges.put(step.no(), content.targets(step).stream().filter(t -> content.step(t).isPresent()).toList());
		}
		Set<String> reachable = walk(start.no(), edges);
		for (Step step : content.steps()) {
			if (!reachable.contains(step.no())) {
				errors.add(ValidationError.of(step.no(), "unreachable", step.no()));
			}
		}
		Map<String, List<String>> reverse = new HashMap<>();
		edges.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
		Set<String> reachesEnd = new HashSet<>();
		content.steps()
			.stream()
			.filter(s -> s.kind() == StepKind.END)
			.forEach(end -> reachesEnd.addAll(walk(end.no(), reverse)));
		for (Step step : content.steps()) {
			if (reachable.contains(step.no()) && !reachesEnd.contains(step.no())) {
				errors.add(ValidationError.of(step.no(), "noPathToEnd", step.no()));
			}
		}
	}

	private static Set<String> walk(String from, Map<String, List<String>> edges) {
		Set<String> visited = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(from));
		while (!todo.isEmpty()) {
			String at = todo.pop();
			if (visited.add(at)) {
				todo.addAll(edges.getOrDefault(at, List.of()));
			}
		}
		return visited;
	}

}
