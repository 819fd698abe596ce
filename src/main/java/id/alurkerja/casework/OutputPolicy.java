package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.alurkerja.org.PositionView;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;

import org.springframework.util.StringUtils;

/**
 * What a step must leave behind to complete without a stated reason. A step with a
 * document duty counts only the document it names: a version of it uploaded in the step
 * (drafts), its latest version initialled by every lane asked (paraf), signed (signs) or
 * numbered (numbers). A step without one, in a revision without duties, counts any upload
 * in the step when its Output names something. A Tidak never needs the output: its reason
 * is enough, and the returned step gets the document back.
 */
final class OutputPolicy {

	/**
	 * What the step's documents show, each read only when the rule asks: whether anything
	 * was uploaded in the step, the case's documents, a document's versions (oldest
	 * first) and a version's paraf (in order).
	 */
	record Facts(BooleanSupplier anyUpload, Supplier<List<CaseDocument>> documents,
			Function<Long, List<DocumentVersion>> versions, Function<Long, List<Paraf>> parafs, Long originUnitId) {

		/** The facts of a case without an origin unit. */
		Facts(BooleanSupplier anyUpload, Supplier<List<CaseDocument>> documents,
				Function<Long, List<DocumentVersion>> versions, Function<Long, List<Paraf>> parafs) {
			this(anyUpload, documents, versions, parafs, null);
		}

		/** The versions of the named document; empty when the case has none of it. */
		List<DocumentVersion> versionsOf(String document) {
			return this.documents.get()
				.stream()
				.filter(d -> d.isNamed(document))
				.findFirst()
				.map(d -> this.versions.apply(d.getId()))
				.orElse(List.of());
		}

	}

	private OutputPolicy() {
	}

	static boolean missing(SopContent content, Step step, Long taskId, Outcome outcome, Facts facts, Organisation org) {
		if (outcome == Outcome.TIDAK) {
			return false;
		}
		DocumentDuty duty = step.duty();
		if (duty == null) {
			return uploadMissing(step, facts.anyUpload().getAsBoolean());
		}
		List<DocumentVersion> versions = facts.versionsOf(duty.document());
		Optional<DocumentVersion> latest = versions.isEmpty() ? Optional.empty()
				: Optional.of(versions.get(versions.size() - 1));
		return switch (duty.kind()) {
			case DRAFT -> versions.stream().noneMatch(v -> taskId.equals(v.getTaskId()));
			case SIGN -> latest.filter(DocumentVersion::isSigned).isEmpty();
			case NUMBER -> latest.filter(v -> v.getNomor() != null).isEmpty();
			case PARAF ->
				latest
					.filter(v -> initialledByEveryLane(content, duty, facts.parafs().apply(v.getId()),
							facts.originUnitId(), org))
					.isEmpty();
		};
	}

	/**
	 * The rule for a step without a document duty: its Output names something and nothing
	 * was uploaded in the step.
	 */
	static boolean uploadMissing(Step step, boolean uploaded) {
		return StringUtils.hasText(step.output()) && !uploaded;
	}

	/**
	 * What the step's output is, as the panel names it: the duty's document, else the
	 * Output.
	 */
	static String expected(Step step) {
		return (step.duty() != null) ? step.duty().document() : step.output();
	}

	private static boolean initialledByEveryLane(SopContent content, DocumentDuty duty, List<Paraf> parafs,
			Long originUnitId, Organisation org) {
		Set<Long> initialled = parafs.stream().map(Paraf::getPositionId).collect(Collectors.toSet());
		return ParafPolicy.lanePositions(content, duty, originUnitId, org)
			.stream()
			.map(PositionView::id)
			.allMatch(initialled::contains);
	}

}
