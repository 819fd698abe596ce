package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;
import id.alurkerja.sop.DocumentDuty;
import id.alurkerja.sop.SopContent;

/**
 * Who may sign: the owner of the case's current step (a holder of its position, the named
 * person if the step names one) signs the latest unsigned version of a document. Where
 * the SOP declares document duties, only at the step whose duty signs that document.
 * Signing makes the version final and gives it its number. Only a PDF is signed
 * ({@link #signableFile}).
 */
final class SignPolicy {

	private SignPolicy() {
	}

	static Verdict<Holding> maySign(Actor actor, Task current, DocumentVersion version,
			List<DocumentVersion> versionsOfDocument, Organisation org, SopContent content, String document) {
		Verdict<Holding> signer = signer(actor, current, version, versionsOfDocument, org, content, document);
		if (!signer.allowed()) {
			return signer;
		}
		Verdict<Boolean> file = signableFile(version);
		return file.allowed() ? signer : file.refusedAs();
	}

	/**
	 * Only a PDF is signed: the signature and its stamp go into the file itself. A DOCX
	 * (or any other draft) is converted to PDF by its drafter and uploaded as a new
	 * version first; Alur converts nothing itself.
	 */
	static Verdict<Boolean> signableFile(DocumentVersion version) {
		return FileType.PDF.contentType().equals(version.getContentType()) ? Verdict.allow()
				: Verdict.notAllowed("casework.sign.notPdf", version.getFileName());
	}

	/**
	 * Whether this actor is the one to sign this version now, whatever its file type: the
	 * signing page shows itself to them, and tells them when the file must become a PDF
	 * first.
	 */
	static Verdict<Holding> signer(Actor actor, Task current, DocumentVersion version,
			List<DocumentVersion> versionsOfDocument, Organisation org, SopContent content, String document) {
		Verdict<Boolean> latest = latestUnsigned(version, versionsOfDocument);
		if (!latest.allowed()) {
			return latest.refusedAs();
		}
		if (content.declaresDuties() && content.step(current.getStepNo())
			.filter(step -> step.has(DocumentDuty.Kind.SIGN) && step.duty().concerns(document))
			.isEmpty()) {
			return Verdict.notAllowed("casework.sign.notThisStep", document);
		}
		return TaskActorPolicy.owner(actor, current, org).orElseRefuse("casework.sign.notAllowed");
	}

	/**
	 * When the signed file is made: once the signed version has its number (at signing,
	 * or at the SOP's numbering step), for a PDF, when signatures make files at all
	 * ({@code filesMade}: a key or signing service is configured).
	 */
	static boolean sealsNow(DocumentVersion version, boolean filesMade) {
		return filesMade && version.isSigned() && version.isNumbered() && signableFile(version).allowed();
	}

	/**
	 * The klasifikasi arsip a signature numbers with: the one the SOP's signing step
	 * gives, else the one the signer chose.
	 */
	static String klasifikasi(SopContent content, Task current, String chosen) {
		return content.step(current.getStepNo())
			.filter(step -> step.has(DocumentDuty.Kind.SIGN))
			.map(step -> step.duty().klasifikasi())
			.filter(k -> k != null && !k.isBlank())
			.orElse(chosen);
	}

	/**
	 * Only the latest version of a document, and never a signed one, is initialled or
	 * signed.
	 */
	static Verdict<Boolean> latestUnsigned(DocumentVersion version, List<DocumentVersion> versionsOfDocument) {
		if (version.isSigned()) {
			return version.isNumbered() ? Verdict.conflict("casework.sign.alreadySigned", version.getNomor())
					: Verdict.conflict("casework.sign.alreadySignedUnnumbered");
		}
		DocumentVersion last = versionsOfDocument.get(versionsOfDocument.size() - 1);
		return (last.getNumber() != version.getNumber()) ? Verdict.conflict("casework.paraf.notLatest")
				: Verdict.allow();
	}

}
