package id.alurkerja.casework;

import id.alurkerja.org.Holding;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;

/**
 * Who numbers a signed document, and when. Where the SOP separates numbering from signing
 * (a step whose duty numbers and sends the document, as seed 004 row 9 does), the
 * signature leaves the version without a number and the owner of that numbering step
 * gives it; elsewhere the signature itself takes the number.
 */
final class NumberPolicy {

	private NumberPolicy() {
	}

	/** Whether a later step of the SOP numbers the document, so signing does not. */
	static boolean numberedLater(SopContent content, String document) {
		return content.declaresDuties() && content.numberingStep(document).isPresent();
	}

	static Verdict<Holding> mayNumber(Actor actor, Task current, DocumentVersion version, Organisation org,
			SopContent content, String document) {
		if (version.isNumbered()) {
			return Verdict.conflict("casework.number.alreadyNumbered", version.getNomor());
		}
		if (!version.isSigned()) {
			return Verdict.notAllowed("casework.number.notSigned", document);
		}
		if (content.step(current.getStepNo())
			.filter(step -> step.has(DocumentDuty.Kind.NUMBER) && step.duty().concerns(document))
			.isEmpty()) {
			return Verdict.notAllowed("casework.number.notThisStep", document);
		}
		return TaskActorPolicy.owner(actor, current, org).orElseRefuse("casework.number.notAllowed");
	}

}
