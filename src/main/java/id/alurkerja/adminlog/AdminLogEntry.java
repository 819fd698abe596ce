package id.alurkerja.adminlog;

import java.time.Instant;

/**
 * One admin action: {@code action} is a message key suffix ({@code admin.log.action.*}),
 * {@code subject} names what was changed.
 */
public record AdminLogEntry(Long id, Instant at, String actor, String action, String subject, String before,
		String after) {
}
