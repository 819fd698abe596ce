package id.alurkerja.audit;

import java.time.Instant;

/** One event of a case's history as pages and reports read it. */
public record CaseEventView(int seq, EventType type, String stepNo, Long taskId, Long actorPersonId, String actorName,
		Long actorPositionId, String actorPosition, String acting, String onBehalfOf, Instant occurredAt,
		String outcome, String note) {
}
