package id.alurkerja.org;

import java.util.List;

/**
 * The organisation's read model: the SQL views through which other modules (casework's
 * lists, the reports) read units, positions and people by id, made by migration
 * {@code V57__org_and_sop_read_models.sql}. Org owns them and keeps their names and
 * columns stable; readers read nothing else of org in SQL (not {@code unit},
 * {@code position} or {@code person}). Everything else goes through {@link OrgDirectory}.
 * <p>
 * Each view is a plain projection of one table, which PostgreSQL inlines into the
 * reader's query, so a join on it is the join on the table, by its primary key.
 * {@code OrgReadModelTests} checks the views against this class.
 */
public final class OrgReadModel {

	private OrgReadModel() {
	}

	/** One row per unit of a kabupaten. */
	public static final class Units {

		/** The view. */
		public static final String VIEW = "org_unit";

		public static final String UNIT_ID = "unit_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		/** The unit above; null for the kabupaten's top unit. */
		public static final String PARENT_ID = "parent_id";

		public static final String CODE = "code";

		public static final String NAME = "name";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(UNIT_ID, KABUPATEN_ID, PARENT_ID, CODE, NAME);

		private Units() {
		}

	}

	/** One row per position (jabatan). */
	public static final class Positions {

		/** The view. */
		public static final String VIEW = "org_position";

		public static final String POSITION_ID = "position_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		public static final String UNIT_ID = "unit_id";

		public static final String CODE = "code";

		public static final String TITLE = "title";

		/** The position above; null at the top. */
		public static final String SUPERIOR_ID = "superior_id";

		/** Lower is higher in rank (Bupati 1, Sekda 2, Kadis 3 ...). */
		public static final String RANK = "rank";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(POSITION_ID, KABUPATEN_ID, UNIT_ID, CODE, TITLE, SUPERIOR_ID,
				RANK);

		private Positions() {
		}

	}

	/** One row per person. */
	public static final class People {

		/** The view. */
		public static final String VIEW = "org_person";

		public static final String PERSON_ID = "person_id";

		public static final String KABUPATEN_ID = "kabupaten_id";

		public static final String NAME = "name";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(PERSON_ID, KABUPATEN_ID, NAME);

		private People() {
		}

	}

}
