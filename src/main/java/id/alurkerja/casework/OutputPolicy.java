package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

	/** What the step's documents show, read only when the rule asks. */
	interface Facts {

		/** Whether anything was uploaded in the step. */
		boolean anyUpload();

		/** The versions of the named document, oldest first; empty when it has none. */
		List<DocumentVersion> versionsOf(String document);

		/** The paraf on a version, in order. */
		List<Paraf> parafs(Long versionId);

	}

	private OutputPolicy() {
	}

	static boolean missing(SopContent content, Step step, Long taskId, Outcome outcome, Facts facts, Organisation org) {
		if (outcome == Outcome.TIDAK) {
			return false;
		}
		DocumentDuty duty = step.duty();
		if (duty == null) {
			return uploadMissing(step, facts.anyUpload());
		}
		List<DocumentVersion> versions = facts.versionsOf(duty.document());
		Optional<DocumentVersion> latest = versions.isEmpty() ? Optional.empty()
				: Optional.of(versions.get(versions.size() - 1));
		return switch (duty.kind()) {
			case DRAFT -> versions.stream().noneMatch(v -> taskId.equals(v.getTaskId()));
			case SIGN -> latest.filter(DocumentVersion::isSigned).isEmpty();
			case NUMBER -> latest.filter(v -> v.getNomor() != null).isEmpty();
			case PARAF ->
				latest.filter(v -> initialledByEveryLane(content, duty, facts.parafs(v.getId()), org)).isEmpty();
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
			Organisation org) {
		Set<Long> initialled = parafs.stream().map(Paraf::getPositionId).collect(Collectors.toSet());
		return ParafPolicy.lanePositions(content, duty, org)
			.stream()
			.map(PositionView::id)
			.allMatch(initialled::contains);
	}

}
