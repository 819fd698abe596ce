package id.alurkerja.database;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a bulk load into PostgreSQL needs besides {@link BulkInsert}, for the module that
 * owns the tables: ids from a table's own identity sequence, the plain indexes dropped
 * for the load and built again after it, and foreign-key triggers skipped in one
 * transaction.
 */
public final class BulkLoad {

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	private BulkLoad() {
	}

	/** Ids from the table's own identity sequence, so later inserts never collide. */
	public static long[] ids(JdbcTemplate jdbc, String table, int count) {
		long[] ids = new long[count];
		if (count == 0) {
			return ids;
		}
		int[] at = { 0 };
		jdbc.query("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", rs -> {
			ids[at[0]++] = rs.getLong(1);
		}, table, count);
		return ids;
	}

	/**
	 * Whether the database user may skip triggers ({@link #skipTriggers}): a superuser,
	 * as with the embedded PostgreSQL.
	 */
	public static boolean maySkipTriggers(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class));
	}

	/**
	 * For the rest of the current transaction, no foreign-key triggers
	 * ({@code session_replication_role = replica}, as
	 * {@code pg_restore --disable-triggers} does): only for loads whose every id refers
	 * to a row written before it.
	 */
	public static void skipTriggers(JdbcTemplate jdbc) {
		requireTransaction("skipping triggers");
		jdbc.execute("set local session_replication_role = replica");
	}

	/**
	 * A bulk write joins the caller's transaction: without one, each {@code COPY} would
	 * commit on its own.
	 */
	public static void requireTransaction(String what) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(what + " needs the caller's transaction");
		}
	}

	/**
	 * Drops the plain (non-unique) indexes of the tables, to be built again after the
	 * load ({@link DroppedIndexes#rebuild()}): one sort per index instead of millions of
	 * inserts. Their definitions are logged first, so that a killed run can be repaired
	 * by hand.
	 */
	public static DroppedIndexes dropSecondaryIndexes(JdbcTemplate jdbc, Collection<String> tables) {
		return dropSecondaryIndexes(jdbc, tables, List.of());
	}

	/**
	 * As {@link #dropSecondaryIndexes(JdbcTemplate, Collection)}, keeping the named
	 * indexes: partial indexes over the few rows a load leaves open cost little to keep
	 * up, while building each again would read the whole table.
	 */
	public static DroppedIndexes dropSecondaryIndexes(JdbcTemplate jdbc, Collection<String> tables,
			Collection<String> kept) {
		List<Map<String, Object>> found = jdbc.queryForList("""
				select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
				from pg_index i join pg_class t on t.oid = i.indrelid
				where t.relname in (%s) and t.relnamespace = 'public'::regnamespace
				  and not i.indisunique and not i.indisprimary
				order by 1"""
			.formatted(tables.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))));
		List<String> definitions = new ArrayList<>();
		for (Map<String, Object> index : found) {
			if (kept.contains((String) index.get("name"))) {
				continue;
			}
			String definition = (String) index.get("definition");
			log.info("dropping for the load, to be rebuilt: {};", definition);
			jdbc.execute("drop index " + index.get("name"));
			definitions.add(definition);
		}
		return new DroppedIndexes(jdbc, List.copyOf(definitions));
	}

	/** Indexes dropped for a load, with what builds them again. */
	public static final class DroppedIndexes {

		private final JdbcTemplate jdbc;

		private final List<String> definitions;

		DroppedIndexes(JdbcTemplate jdbc, List<String> definitions) {
			this.jdbc = jdbc;
			this.definitions = definitions;
		}

		public int size() {
			return this.definitions.size();
		}

		/** Builds the indexes again, with more sort memory than a query gets. */
		public void rebuild() {
			if (this.definitions.isEmpty()) {
				return;
			}
			this.jdbc.execute((ConnectionCallback<Void>) connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set maintenance_work_mem = '512MB'");
					for (String definition : this.definitions) {
						statement.execute(definition);
					}
					statement.execute("reset maintenance_work_mem");
				}
				return null;
			});
		}

	}

}
