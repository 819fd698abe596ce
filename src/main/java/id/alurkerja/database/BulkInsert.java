package id.alurkerja.database;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;

/**
 * Rows of one table collected as PostgreSQL {@code COPY} text and written with a single
 * {@code COPY ... FROM STDIN}: one round trip and no per-row statement for thousands of
 * rows. Every value travels as text (its {@code toString()}) and is read by PostgreSQL as
 * its column's type. Each module loads its own tables with it (see the {@code *Load}
 * classes of casework, audit and reports); {@link BulkLoad} has the rest of a bulk load.
 */
public final class BulkInsert {

	private final String table;

	private final String[] columns;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private int rows;

	/**
	 * {@code spec} is "column type, column type, ..." (the types document the columns).
	 */
	public BulkInsert(String table, String spec) {
		this.table = table;
		String[] parts = spec.split(",");
		this.columns = new String[parts.length];
		for (int i = 0; i < parts.length; i++) {
			this.columns[i] = parts[i].strip().split("\\s+")[0];
		}
	}

	public void add(Object... values) {
		if (values.length != this.columns.length) {
			throw new IllegalArgumentException(
					this.table + ": " + values.length + " values for " + this.columns.length + " columns");
		}
		StringBuilder out = this.text;
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof Long number) {
				out.append(number.longValue());
			}
			else if (value instanceof Integer number) {
				out.append(number.intValue());
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Instant instant) {
				timestamp(instant, out);
			}
			else {
				escape(value.toString(), out);
			}
		}
		out.append('\n');
		this.rows++;
	}

	/**
	 * An instant as {@code 2026-11-23 08:15:00+00}, without the formatter machinery of
	 * {@link Instant#toString()} (millions of timestamps per run); whole seconds only, as
	 * the generator writes them.
	 */
	public static void timestamp(Instant instant, StringBuilder out) {
		if (instant.getNano() != 0) {
			out.append(instant);
			return;
		}
		long seconds = instant.getEpochSecond();
		long days = Math.floorDiv(seconds, 86_400L);
		int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
		LocalDate date = LocalDate.ofEpochDay(days);
		int year = date.getYear();
		if (year < 1000 || year > 9999) {
			out.append(instant);
			return;
		}
		out.append(year).append('-');
		twoDigits(date.getMonthValue(), out);
		out.append('-');
		twoDigits(date.getDayOfMonth(), out);
		out.append(' ');
		twoDigits(secondOfDay / 3600, out);
		out.append(':');
		twoDigits((secondOfDay / 60) % 60, out);
		out.append(':');
		twoDigits(secondOfDay % 60, out);
		out.append("+00");
	}

	private static void twoDigits(int value, StringBuilder out) {
		out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	private static void escape(String value, StringBuilder out) {
		if (!needsEscape(value)) {
			out.append(value);
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(ch);
			}
		}
	}

	private static boolean needsEscape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
				return true;
			}
		}
		return false;
	}

	/** The COPY text collected so far (for tests). */
	public String text() {
		return this.text.toString();
	}

	public int size() {
		return this.rows;
	}

	/** Writes the rows collected so far with one {@code COPY} and starts over. */
	public int flush(Connection connection) throws SQLException {
		if (this.rows == 0) {
			return 0;
		}
		String sql = "copy " + this.table + " (" + String.join(", ", this.columns) + ") from stdin";
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(this.text.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + this.table + " failed", ex);
		}
		int written = this.rows;
		this.rows = 0;
		this.text.setLength(0);
		return written;
	}

}
