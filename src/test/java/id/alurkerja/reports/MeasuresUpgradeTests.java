package id.alurkerja.reports;

import javax.sql.DataSource;

import id.alurkerja.support.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation with task measures from before V54 upgrades cleanly: the old measures
 * (derived data) are dropped and marked to be counted again, the per-day sums exist, and
 * nothing else is touched. Runs the migrations in a schema of its own.
 */
@SpringBootTest
class MeasuresUpgradeTests {

	private static final String SCHEMA = "upgrade_v54";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void measuresFromBeforeV54AreCountedAgainAfterTheUpgrade() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			flyway("53").migrate();
			this.jdbc.update("""
					insert into %s.task_measure (task_id, case_id, kabupaten_id, revision_id, step_no, position_id,
					  completed_at, cdays, by_lane, by_acting, delegated, has_doc, output_missing)
					values (1, 1, 1, 1, '1', 1, now(), 0.5, true, false, false, true, false)""".formatted(SCHEMA));
			this.jdbc
				.update("update %s.task_measure_state set complete = true, calendar_key = 'x', measured_until = now()"
					.formatted(SCHEMA));
			int holidays = this.jdbc.queryForObject("select count(*) from %s.holiday".formatted(SCHEMA), Integer.class);

			assertThat(flyway(null).migrate().migrationsExecuted).isPositive();
			assertThat(
					this.jdbc.queryForObject("select count(*) from %s.task_measure".formatted(SCHEMA), Integer.class))
				.isZero();
			assertThat(this.jdbc.queryForObject("select complete from %s.task_measure_state".formatted(SCHEMA),
					Boolean.class))
				.isFalse();
			assertThat(this.jdbc.queryForObject("select count(*) from %s.task_measure_day".formatted(SCHEMA),
					Integer.class))
				.isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from %s.holiday".formatted(SCHEMA), Integer.class))
				.isEqualTo(holidays);
		}
		finally {
			this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	private Flyway flyway(String target) {
		return SchemaMigrations.flyway(this.dataSource, SCHEMA, target);
	}

}
