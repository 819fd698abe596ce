package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.Holding;

/**
 * Who may initial a draft: an official (in their most senior position) initials only the
 * latest unsigned version of a document, once, at most three officials per version, each
 * more senior than the one before.
 */
final class ParafPolicy {

	static final int MAX_PARAF = 3;

	private ParafPolicy() {
	}

	static Verdict<Holding> mayInitial(Actor actor, DocumentVersion version, List<DocumentVersion> versionsOfDocument,
			List<Paraf> parafs) {
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
		var senior = actor.senior();
		if (senior.isEmpty()) {
			return Verdict.notAllowed("casework.paraf.notAllowed");
		}
		if (!parafs.isEmpty() && senior.get().position().rank() >= parafs.get(parafs.size() - 1).getRank()) {
			return Verdict.invalid(null, "casework.paraf.rankOrder");
		}
		return Verdict.allow(senior.get());
	}

}
