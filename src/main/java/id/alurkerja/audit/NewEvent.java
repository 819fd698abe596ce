package id.alurkerja.audit;

/**
 * An event to append. The actor fields name the person, the position they acted in and
 * how they held it (DEFINITIF, PLT, PLH, DELEGASI); {@code onBehalfOf} names an external
 * party whose step an office user recorded.
 */
public record NewEvent(Long caseId, EventType type, String stepNo, Long taskId, Long actorPersonId, String actorName,
		Long actorPositionId, String actorPosition, String acting, String onBehalfOf, String outcome, String note) {
}
