package id.alurkerja.casework;

import java.util.List;
import java.util.Set;

/**
 * What the signed-in user may do on a case right now, and nothing else: the case page
 * shows exactly these actions. The server checks each again when it is submitted.
 */
public record ActionPanel(Long taskId, long taskVersion, boolean take, boolean complete, boolean decision,
		NextActor next, NextActor ya, NextActor tidak, String output, boolean outputMissing,
		List<ChecklistItem> checklist, List<PositionChoice> delegateTo, Long reportDelegationId, String reportTo,
		List<ReportKind> reportKinds, boolean upload, Set<Long> signVersionIds, Set<Long> numberVersionIds,
		Set<Long> parafVersionIds, boolean cancel, List<Blocked> blocked) {

	/**
	 * Whether any version may be signed here (the signing confirmation page then opens
	 * from it).
	 */
	public boolean sign() {
		return !this.signVersionIds.isEmpty();
	}

	public boolean any() {
		return this.take || this.complete || !this.delegateTo.isEmpty() || this.reportDelegationId != null
				|| this.upload || sign() || !this.numberVersionIds.isEmpty() || !this.parafVersionIds.isEmpty()
				|| this.cancel;
	}

	/** The step a completion leads to and who will receive it. */
	public record NextActor(String stepNo, String activity, String positionTitle, List<PersonChoice> holders,
			boolean end) {
	}

	public record PositionChoice(Long positionId, String title, List<PersonChoice> holders) {
	}

	public record PersonChoice(Long personId, String name, String acting) {
	}

	public record ChecklistItem(int index, String text, boolean done) {
	}

	public record Klasifikasi(String code, String name) {
	}

	/**
	 * An action the person would take here but may not yet, and why (a message key of
	 * {@code i18n/casework} with its arguments), e.g. Selesaikan while a disposition is
	 * still out.
	 */
	public record Blocked(String action, String code, List<Object> args) {

		public Object[] argArray() {
			return this.args.toArray();
		}

	}

	static ActionPanel none() {
		return new ActionPanel(null, 0, false, false, false, null, null, null, null, false, List.of(), List.of(), null,
				null, List.of(), false, Set.of(), Set.of(), Set.of(), false, List.of());
	}

}
