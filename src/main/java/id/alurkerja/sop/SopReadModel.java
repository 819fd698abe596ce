package id.alurkerja.sop;

import java.util.List;

/**
 * The SOP catalogue's read model: the SQL views through which other modules (casework's
 * lists, the reports) read an SOP's code and a revision's name and publication, made by
 * migration {@code V57__org_and_sop_read_models.sql}. Sop owns them and keeps their names
 * and columns stable; readers read nothing else of sop in SQL (not {@code sop} or
 * {@code sop_revision}, nor its status codes). A revision's content goes through
 * {@link SopCatalog}.
 * <p>
 * Each view is a plain projection of one table, which PostgreSQL inlines into the
 * reader's query, so a join on it is the join on the table, by its primary key or its
 * unique {@code (sop_id, number)}. {@code SopReadModelTests} checks the views against
 * this class.
 */
public final class SopReadModel {

	private SopReadModel() {
	}

	/** One row per SOP of a kabupaten. */
	public static final class Sops {

		/** The view. */
		public static final String VIEW = "sop_catalog";

		public static final String SOP_ID = "sop_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		/** The unit whose SOP it is. */
		public static final String UNIT_ID = "unit_id";

		/** The SOP's code, unique in its kabupaten (e.g. {@code DPMPEMDES-PK-01}). */
		public static final String CODE = "code";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(SOP_ID, KABUPATEN_ID, UNIT_ID, CODE);

		private Sops() {
		}

	}

	/** One row per revision of an SOP. */
	public static final class Revisions {

		/** The view. */
		public static final String VIEW = "sop_catalog_revision";

		public static final String REVISION_ID = "revision_id";

		public static final String SOP_ID = "sop_id";

		/** The revision's number in its SOP (1, 2, ...). */
		public static final String NUMBER = "number";

		/** The SOP's name (nama SOP) in this revision. */
		public static final String NAME = "name";

		/** When it was published; null for a draft. */
		public static final String PUBLISHED_AT = "published_at";

		/** Still being edited; cases never run on a draft. */
		public static final String DRAFT = "draft";

		/** The revision in force: new cases start on it. */
		public static final String PUBLISHED = "published";

		/** Published once and replaced by a later revision. */
		public static final String RETIRED = "retired";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(REVISION_ID, SOP_ID, NUMBER, NAME, PUBLISHED_AT, DRAFT,
				PUBLISHED, RETIRED);

		private Revisions() {
		}

	}

	/** One row per step of a revision: its name as the inbox shows it. */
	public static final class Steps {

		/** The view. */
		public static final String VIEW = "sop_catalog_step";

		public static final String REVISION_ID = "revision_id";

		/** The step's number as the SOP prints it ("2", "C.1"). */
		public static final String STEP_NO = "step_no";

		/** The step's heading, else the first line of its activity. */
		public static final String TITLE = "title";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(REVISION_ID, STEP_NO, TITLE);

		private Steps() {
		}

	}

}
