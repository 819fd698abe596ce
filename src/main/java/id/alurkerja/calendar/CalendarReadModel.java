package id.alurkerja.calendar;

import java.util.List;

/**
 * The working calendar's read model: the SQL view through which other modules (the
 * reports, which count office minutes in SQL) read the holidays, made by migration
 * {@code V58__calendar_read_model.sql}. The calendar owns it and keeps its name and
 * columns stable; readers read nothing else of the calendar in SQL (not {@code holiday}).
 * The working week, office hours and zone come from {@link CalendarService}.
 * <p>
 * The view is a plain projection of one table, which PostgreSQL inlines into the reader's
 * query, so a join on the day is the join on the table's primary key.
 * {@code CalendarReadModelTests} checks the view against this class.
 */
public final class CalendarReadModel {

	private CalendarReadModel() {
	}

	/** One row per holiday: a day not worked, whatever the working week. */
	public static final class Holidays {

		/** The view. */
		public static final String VIEW = "calendar_holiday";

		/** The date; one row per date. */
		public static final String DAY = "day";

		public static final String NAME = "name";

		/** A cuti bersama (joint leave day) rather than a national holiday. */
		public static final String CUTI_BERSAMA = "cuti_bersama";

		/** Every column, in view order. */
		public static final List<String> COLUMNS = List.of(DAY, NAME, CUTI_BERSAMA);

		private Holidays() {
		}

	}

}
