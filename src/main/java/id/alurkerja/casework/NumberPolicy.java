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
		return numberedLater(content, document, false);
	}

	/**
	 * Whether a later step numbers the document, for a signature that the signer's own
	 * credentials make ({@code signerMakesTheFile}: a remote signer, NIK and passphrase
	 * typed at signing). The signed file carries its number, and such a file can only be
	 * made while the signer is there: its number is then taken at signing, whatever the
	 * SOP's numbering step says (that step then finds it numbered). With Alur's own key
	 * the file is made when the number is given, at signing or at the numbering step.
	 */
	static boolean numberedLater(SopContent content, String document, boolean signerMakesTheFile) {
		return !signerMakesTheFile && content.declaresDuties() && content.numberingStep(document).isPresent();
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
