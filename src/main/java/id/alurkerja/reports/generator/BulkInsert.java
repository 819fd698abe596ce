package id.alurkerja.reports.generator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Rows of one table collected column by column and written with a single
 * {@code insert ... select * from unnest(...)}: one round trip for thousands of rows.
 * Every value travels as text and is cast to its column's type by PostgreSQL.
 */
final class BulkInsert {

	private final String table;

	private final String[] columns;

	private final String[] types;

	private final List<String[]> rows = new ArrayList<>();

	/** {@code spec} is "column type, column type, ...". */
	BulkInsert(String table, String spec) {
		this.table = table;
		String[] parts = spec.split(",");
		this.columns = new String[parts.length];
		this.types = new String[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String[] ct = parts[i].strip().split("\\s+");
			this.columns[i] = ct[0];
			this.types[i] = ct[1];
		}
	}

	void add(Object... values) {
		if (values.length != this.columns.length) {
			throw new IllegalArgumentException(
					this.table + ": " + values.length + " values for " + this.columns.length + " columns");
		}
		String[] row = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			row[i] = (values[i] != null) ? values[i].toString() : null;
		}
		this.rows.add(row);
	}

	int size() {
		return this.rows.size();
	}

	int flush(Connection connection) throws SQLException {
		if (this.rows.isEmpty()) {
			return 0;
		}
		StringJoiner names = new StringJoiner(", ");
		StringJoiner arrays = new StringJoiner(", ");
		StringJoiner casts = new StringJoiner(", ");
		for (int i = 0; i < this.columns.length; i++) {
			names.add(this.columns[i]);
			arrays.add("?::text[]");
			casts.add("c" + i + "::" + this.types[i]);
		}
		StringJoiner aliases = new StringJoiner(", ");
		for (int i = 0; i < this.columns.length; i++) {
			aliases.add("c" + i);
		}
		String sql = "insert into " + this.table + " (" + names + ") select " + casts + " from unnest(" + arrays
				+ ") as u(" + aliases + ")";
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			for (int c = 0; c < this.columns.length; c++) {
				String[] column = new String[this.rows.size()];
				for (int r = 0; r < column.length; r++) {
					column[r] = this.rows.get(r)[c];
				}
				Array array = connection.createArrayOf("text", column);
				ps.setArray(c + 1, array);
			}
			ps.executeUpdate();
		}
		int written = this.rows.size();
		this.rows.clear();
		return written;
	}

}
