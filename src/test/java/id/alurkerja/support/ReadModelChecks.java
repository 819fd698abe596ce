package id.alurkerja.support;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the tests of a module's read model (its {@code <module>_*} views) read of the
 * database: a view's columns and comment, and the plan of a query on it.
 */
public final class ReadModelChecks {

	private ReadModelChecks() {
	}

	/** The view's columns, in order. */
	public static List<String> columns(JdbcTemplate jdbc, String view) {
		return jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? order by ordinal_position""", String.class,
				view);
	}

	/** The view's comment in the database. */
	public static String comment(JdbcTemplate jdbc, String view) {
		return jdbc.queryForObject("select obj_description(cast(? as regclass), 'pg_class')", String.class, view);
	}

	/**
	 * The plan of a query with sequential scans discouraged, so that the small demo
	 * tables show which indexes a query can use.
	 */
	public static String plan(JdbcTemplate jdbc, String sql) {
		return jdbc.execute((ConnectionCallback<String>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
				try (ResultSet rs = statement.executeQuery("explain " + sql)) {
					List<String> lines = new ArrayList<>();
					while (rs.next()) {
						lines.add(rs.getString(1));
					}
					return String.join("\n", lines);
				}
				finally {
					statement.execute("reset enable_seqscan");
				}
			}
		});
	}

}
