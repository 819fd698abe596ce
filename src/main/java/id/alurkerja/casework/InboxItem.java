package id.alurkerja.casework;

import java.time.Instant;

/**
 * One row of a person's kotak masuk: an open task of one of their positions, one handed
 * down to them (disposisi), or one whose step asks their paraf, with what the row says:
 * the step by its name, what to do, from whom and when it arrived, the instruction, the
 * sifat and the due time.
 *
 * @param arrivedAt when it reached the reader (a report coming back arrives again)
 * @param dueAt the reader's due time: the disposisi's tenggat when earlier than the
 * step's
 * @param arahan the instruction sent along, all of it
 * @param delegated whether it is a disposisi handed to the reader
 * @param unread whether the reader has not opened the case since it arrived
 */
public record InboxItem(Long taskId, Long caseId, String registrationNo, String perihal, String sopCode, String sopName,
		String stepNo, String stepTitle, Instant arrivedAt, Instant takenAt, Instant dueAt, Sifat sifat,
		String fromName, String arahan, String returnReason, String assigneeName, boolean delegated, TaskState state,
		Action action, boolean unread) {

	/** What the reader is expected to do with the row. */
	public enum Action {

		/** Do the step (their lane's work). */
		KERJAKAN,
		/** Initial the step's document (the SOP names their lane for paraf). */
		PARAF,
		/** Sign the step's document. */
		SIGN,
		/** Follow up a disposisi handed to them. */
		TINDAK_LANJUT,
		/** Read a copy of a disposisi sent to them for information (tembusan). */
		TEMBUSAN,
		/** Read the report a disposisi of theirs brought back. */
		PERIKSA_LAPORAN

	}

	/** The instruction's first line, as the row shows it. */
	public String arahanFirstLine() {
		if (this.arahan == null || this.arahan.isBlank()) {
			return null;
		}
		String first = this.arahan.strip().lines().findFirst().orElse("");
		return (first.length() > 140) ? first.substring(0, 139) + "…" : first;
	}

}
