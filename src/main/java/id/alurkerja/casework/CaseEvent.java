package id.alurkerja.casework;

import id.alurkerja.audit.CaseHistoryEvent;
import id.alurkerja.audit.EventType;
import id.alurkerja.audit.NewEvent;
import id.alurkerja.org.Holding;
import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;
import id.alurkerja.shared.PositionId;
import id.alurkerja.shared.TaskId;

/**
 * What happened to a case, registered by the {@link Case} aggregate's transitions and
 * published when the case is saved. Each event maps its own fields to its history row
 * here, once: the row's {@code outcome} column carries the outcome, a target step, a
 * version or a number depending on the type, as the history has always stored it (the
 * hash chain covers these rows, so their shape stays).
 */
public sealed interface CaseEvent extends CaseHistoryEvent {

	Long caseId();

	/**
	 * Who acted and in which capacity: the person, the position and how they held it
	 * (DEFINITIF, PLT, PLH), or the system.
	 */
	record ActedBy(Long personId, String name, Long positionId, String position, String acting) {

		static final ActedBy SYSTEM = new ActedBy(null, "Sistem", null, null, null);

		static ActedBy of(Actor actor, Holding holding) {
			return (holding == null) ? new ActedBy(actor.personId(), actor.name(), null, null, null)
					: new ActedBy(actor.personId(), actor.name(), holding.position().id(), holding.positionLabel(),
							holding.kind().name());
		}

	}

	private static NewEvent row(Long caseId, EventType type, String stepNo, Long taskId, ActedBy by, String onBehalfOf,
			String outcome, String note) {
		return new NewEvent(CaseId.of(caseId), type, stepNo, TaskId.of(taskId), PersonId.of(by.personId()), by.name(),
				PositionId.of(by.positionId()), by.position(), by.acting(), onBehalfOf, outcome, note);
	}

	/** Registered on the published revision {@code sopCode} revisi {@code revision}. */
	record CaseStarted(Long caseId, String firstStep, ActedBy by, String sopCode, int revision) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.CASE_STARTED, this.firstStep, null, this.by, null, null,
					this.sopCode + " revisi " + this.revision);
		}

	}

	record TaskTaken(Long caseId, String stepNo, Long taskId, ActedBy by, String onBehalfOf) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.TASK_TAKEN, this.stepNo, this.taskId, this.by, this.onBehalfOf, null,
					null);
		}

	}

	/** A step done: DONE, YA or TIDAK, with the Tidak reason or the arahan passed on. */
	record StepCompleted(Long caseId, String stepNo, Long taskId, ActedBy by, String onBehalfOf, Outcome outcome,
			String note) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.STEP_COMPLETED, this.stepNo, this.taskId, this.by, this.onBehalfOf,
					this.outcome.name(), this.note);
		}

	}

	/** A Tidak sent the case back to {@code toStep} (null: the SOP names no target). */
	record StepReturned(Long caseId, String stepNo, Long taskId, ActedBy by, String toStep,
			String reason) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.STEP_RETURNED, this.stepNo, this.taskId, this.by, null, this.toStep,
					this.reason);
		}

	}

	/** The step handed down (disposisi) to {@code toPosition} with an arahan. */
	record Disposed(Long caseId, String stepNo, Long taskId, ActedBy by, String toPosition,
			String arahan) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.DELEGATED, this.stepNo, this.taskId, this.by, null, this.toPosition,
					this.arahan);
		}

	}

	/** A branch of a disposisi taken back by its sender before it was read. */
	record DisposisiRecalled(Long caseId, String stepNo, Long taskId, ActedBy by,
			String toPosition) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.DISPOSISI_RECALLED, this.stepNo, this.taskId, this.by, null,
					this.toPosition, null);
		}

	}

	record ReportedBack(Long caseId, String stepNo, Long taskId, ActedBy by, String toPosition,
			String report) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.REPORTED_BACK, this.stepNo, this.taskId, this.by, null, this.toPosition,
					this.report);
		}

	}

	/** A recurring report (harian, mingguan, bulanan) to the superior the step names. */
	record ReportSubmitted(Long caseId, String stepNo, Long taskId, ActedBy by, ReportKind kind, String toPosition,
			String body) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.REPORT_SUBMITTED, this.stepNo, this.taskId, this.by, null,
					this.kind.name(),
					"Laporan " + this.kind.name().toLowerCase() + " kepada " + this.toPosition + ": " + this.body);
		}

	}

	record DocumentUploaded(Long caseId, String stepNo, Long taskId, ActedBy by, int version, String title,
			String fileName) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.DOCUMENT_UPLOADED, this.stepNo, this.taskId, this.by, null,
					"v" + this.version, this.title + " (" + this.fileName + ")");
		}

	}

	record Initialled(Long caseId, String stepNo, Long taskId, ActedBy by, int version,
			String title) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.PARAF, this.stepNo, this.taskId, this.by, null, "v" + this.version,
					this.title);
		}

	}

	record Signed(Long caseId, String stepNo, Long taskId, ActedBy by, int version, String title) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.SIGNED, this.stepNo, this.taskId, this.by, null, "v" + this.version,
					this.title);
		}

	}

	record Numbered(Long caseId, String stepNo, Long taskId, ActedBy by, String nomor,
			String title) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.NUMBERED, this.stepNo, this.taskId, this.by, null, this.nomor,
					this.title);
		}

	}

	/** The overdue job found the step past its time standard. */
	record Overdue(Long caseId, String stepNo, Long taskId, String dueText) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.OVERDUE, this.stepNo, this.taskId, ActedBy.SYSTEM, null, null,
					"Batas waktu " + this.dueText);
		}

	}

	record CaseFinished(Long caseId, String stepNo, Long taskId, ActedBy by) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.CASE_FINISHED, this.stepNo, this.taskId, this.by, null, null, null);
		}

	}

	record CaseCancelled(Long caseId, ActedBy by, String reason) implements CaseEvent {

		@Override
		public NewEvent toHistory() {
			return row(this.caseId, EventType.CASE_CANCELLED, null, null, this.by, null, null, this.reason);
		}

	}

}
