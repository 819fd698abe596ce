package id.alurkerja.audit;

import java.util.List;

/**
 * Audit's read model: the SQL view through which other modules (casework's case access
 * and case list) read who acted on a case, made by migration
 * {@code V56__audit_read_model.sql}. Audit owns it and keeps its name and columns stable;
 * readers read nothing else of audit in SQL (not {@code case_event}). A question about
 * one case has a Java answer too: {@link CaseHistory#actedOn}.
 * <p>
 * The view is a plain projection of one table, which PostgreSQL inlines into the reader's
 * query, so conditions on its columns use the table's indexes.
 * {@code AuditReadModelTests} checks the view against this class.
 */
public final class AuditReadModel {

	private AuditReadModel() {
	}

	/** One row per event of a case's history: who acted, in which position, when. */
	public static final class CaseActors {

		/** The view. */
		public static final String VIEW = "audit_case_actor";

		public static final String CASE_ID = "case_id";

		/** The event's number in its case's history (1, 2, ...). */
		public static final String SEQ = "seq";

		/** The person who acted; null when the system did. */
		public static final String ACTOR_PERSON_ID = "actor_person_id";

		/** The position they acted in; null when none (or the system). */
		public static final String ACTOR_POSITION_ID = "actor_position_id";

		public static final String OCCURRED_AT = "occurred_at";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(CASE_ID, SEQ, ACTOR_PERSON_ID, ACTOR_POSITION_ID,
				OCCURRED_AT);

		private CaseActors() {
		}

	}

}
