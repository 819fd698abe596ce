package id.alurkerja.casework;

import java.util.List;

/**
 * Casework's read model: the SQL views through which other modules (the reports) read
 * cases and tasks, made by migration {@code V55__casework_read_model.sql}. Casework owns
 * them and keeps their names and columns stable: a change of casework's tables or codes
 * comes with a migration that keeps these views answering as documented here. Readers
 * read nothing else of casework in SQL: no table, no status, outcome or acting code.
 * <p>
 * Each view is a plain projection of one table, which PostgreSQL inlines into the
 * reader's query, so conditions on its columns use the table's indexes (partial ones
 * included: {@code where done} is the table's {@code status = 'DONE'}), and a column not
 * named costs nothing. {@code CaseworkReadModelTests} checks the views against this
 * class.
 */
public final class CaseworkReadModel {

	private CaseworkReadModel() {
	}

	/** One row per case (berkas). */
	public static final class CaseFact {

		/** The view. */
		public static final String VIEW = "casework_case_fact";

		/** The case's id. */
		public static final String CASE_ID = "case_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		/** The unit that runs the case. */
		public static final String UNIT_ID = "unit_id";

		/** The SOP revision the case is pinned to. */
		public static final String REVISION_ID = "revision_id";

		public static final String REGISTRATION_NO = "registration_no";

		public static final String PERIHAL = "perihal";

		/**
		 * Casework's status code, to be shown as it is; select cases with
		 * {@link #RUNNING}, {@link #FINISHED}, {@link #CANCELLED}.
		 */
		public static final String STATUS = "status";

		/** The step the case stands at, when running. */
		public static final String CURRENT_STEP_NO = "current_step_no";

		public static final String STARTED_AT = "started_at";

		/** When it finished or was cancelled; null while running. */
		public static final String ENDED_AT = "ended_at";

		/** Running (berjalan): not finished, not cancelled. */
		public static final String RUNNING = "running";

		/** Finished (selesai): its last step was done. */
		public static final String FINISHED = "finished";

		/** Cancelled (dibatalkan). */
		public static final String CANCELLED = "cancelled";

		/**
		 * The unit the case comes from (a desa, for a kecamatan's SOP whose lanes depend
		 * on it); null when none.
		 */
		public static final String ORIGIN_UNIT_ID = "origin_unit_id";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(CASE_ID, KABUPATEN_ID, UNIT_ID, REVISION_ID, REGISTRATION_NO,
				PERIHAL, STATUS, CURRENT_STEP_NO, STARTED_AT, ENDED_AT, RUNNING, FINISHED, CANCELLED, ORIGIN_UNIT_ID);

		private CaseFact() {
		}

	}

	/** One row per task: a step of a case at its lane. */
	public static final class TaskFact {

		/** The view. */
		public static final String VIEW = "casework_task_fact";

		public static final String TASK_ID = "task_id";

		public static final String CASE_ID = "case_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		/** The SOP step's number. */
		public static final String STEP_NO = "step_no";

		/** The position whose lane the step is in. */
		public static final String POSITION_ID = "position_id";

		/** When the step reached its lane. */
		public static final String CREATED_AT = "created_at";

		/** When it was done (or cancelled); null while open. */
		public static final String COMPLETED_AT = "completed_at";

		/** When it is due by its time standard; null without one. */
		public static final String DUE_AT = "due_at";

		/** Waiting in its lane's inbox. */
		public static final String OPEN = "open";

		/** Done (by its lane, an acting holder or a delegate). */
		public static final String DONE = "done";

		/** Cancelled with its case. */
		public static final String CANCELLED = "cancelled";

		/**
		 * Casework's outcome code as recorded, to be kept or shown as it is; a Tidak is
		 * {@link #RETURNED}.
		 */
		public static final String OUTCOME = "outcome";

		/** Done with Tidak: sent back for revision. */
		public static final String RETURNED = "returned";

		/**
		 * The reason given with a Tidak (empty when none was given); null when not
		 * returned.
		 */
		public static final String RETURN_REASON = "return_reason";

		/** The position of whoever did it. */
		public static final String COMPLETED_BY_POSITION_ID = "completed_by_position_id";

		/** Done by a definitive holder of {@link #COMPLETED_BY_POSITION_ID}. */
		public static final String BY_DEFINITIVE_HOLDER = "by_definitive_holder";

		/** Done by an acting holder (Plt. or Plh.). */
		public static final String BY_ACTING = "by_acting";

		/** Handed down within the step: delegated, or done by a delegate. */
		public static final String DELEGATED = "delegated";

		/** A document was uploaded on the task. */
		public static final String HAS_OUTPUT = "has_output";

		/** No document was uploaded, and a reason was given why. */
		public static final String OUTPUT_MISSING = "output_missing";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(TASK_ID, CASE_ID, KABUPATEN_ID, STEP_NO, POSITION_ID,
				CREATED_AT, COMPLETED_AT, DUE_AT, OPEN, DONE, CANCELLED, OUTCOME, RETURNED, RETURN_REASON,
				COMPLETED_BY_POSITION_ID, BY_DEFINITIVE_HOLDER, BY_ACTING, DELEGATED, HAS_OUTPUT, OUTPUT_MISSING);

		private TaskFact() {
		}

	}

}
