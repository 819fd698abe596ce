package id.alurkerja.casework;

import java.time.Instant;

/**
 * One row of a person's kotak masuk: an open task of one of their positions, or one
 * handed down to them, with what the list shows and sorts by.
 */
public record InboxItem(Long taskId, Long caseId, String registrationNo, String perihal, String sopCode, String sopName,
		String stepNo, Instant createdAt, Instant takenAt, Instant nearAt, Instant dueAt, Sifat sifat, String fromName,
		String returnReason, String assigneeName, boolean delegated, TaskState state) {
}
