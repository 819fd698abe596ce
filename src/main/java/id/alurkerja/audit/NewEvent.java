package id.alurkerja.audit;

import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;
import id.alurkerja.shared.PositionId;
import id.alurkerja.shared.TaskId;

/**
 * An event to append. The actor fields name the person, the position they acted in and
 * how they held it (DEFINITIF, PLT, PLH, DELEGASI); {@code onBehalfOf} names an external
 * party whose step an office user recorded.
 */
public record NewEvent(CaseId caseId, EventType type, String stepNo, TaskId taskId, PersonId actorPersonId,
		String actorName, PositionId actorPositionId, String actorPosition, String acting, String onBehalfOf,
		String outcome, String note) {
}
