package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;

/**
 * Who may sign: the owner of the case's current step (a holder of its position, the named
 * person if the step names one) signs the latest unsigned version of a document. Signing
 * makes the version final and gives it its number.
 */
final class SignPolicy {

	private SignPolicy() {
	}

	static Verdict<Holding> maySign(Actor actor, Task current, DocumentVersion version,
			List<DocumentVersion> versionsOfDocument, Organisation org) {
		Verdict<Boolean> latest = latestUnsigned(version, versionsOfDocument);
		if (!latest.allowed()) {
			return latest.refusedAs();
		}
		return TaskActorPolicy.owner(actor, current, org).orElseRefuse("casework.sign.notAllowed");
	}

	/**
	 * Only the latest version of a document, and never a signed one, is initialled or
	 * signed.
	 */
	static Verdict<Boolean> latestUnsigned(DocumentVersion version, List<DocumentVersion> versionsOfDocument) {
		if (version.isSigned()) {
			return Verdict.conflict("casework.sign.alreadySigned", version.getNomor());
		}
		DocumentVersion last = versionsOfDocument.get(versionsOfDocument.size() - 1);
		return (last.getNumber() != version.getNumber()) ? Verdict.conflict("casework.paraf.notLatest")
				: Verdict.allow();
	}

}
