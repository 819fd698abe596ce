package id.alurkerja.casework;

import java.time.Instant;

/**
 * One row of a person's kotak masuk: an open task of one of their positions, one handed
 * down to them, or one whose step asks their paraf, with what the list shows and sorts
 * by.
 */
public record InboxItem(Long taskId, Long caseId, String registrationNo, String perihal, String sopCode, String sopName,
		String stepNo, Instant createdAt, Instant takenAt, Instant nearAt, Instant dueAt, Sifat sifat, String fromName,
		String returnReason, String assigneeName, boolean delegated, TaskState state, Need need) {

	/**
	 * What the step asks of the reader's document work: their paraf (the SOP names their
	 * lane), their signature (their step signs), or nothing beyond the step itself.
	 */
	public enum Need {

		PARAF, SIGN;

		static Need of(String code) {
			return (code != null) ? valueOf(code) : null;
		}

	}

}
