package id.alurkerja.simulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import id.alurkerja.org.DemoDataCondition;
import id.alurkerja.reports.MeasureBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's year of history: at first start in demo mode, after the seed SOPs, about
 * {@code alur.demo.history-cases} cases over the past year across the seed SOPs, so that
 * the reports show something on first sight. Loaded once (recorded in
 * {@code generator_run}).
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(30)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private final HistoryGenerator generator;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int cases;

	private final MeasureBulkLoad measures;

	private final long seed;

	DemoHistory(HistoryGenerator generator, JdbcTemplate jdbc, Clock clock,
			@Value("${alur.demo.history-cases:360}") int cases, @Value("${alur.demo.history-seed:2026}") long seed,
			MeasureBulkLoad measures) {
		this.measures = measures;
		this.generator = generator;
		this.jdbc = jdbc;
		this.clock = clock;
		this.cases = cases;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		// one loader at a time, and only once; the session lock is taken and released on
		// one connection held meanwhile (from the pool, lock and unlock could go to two
		// connections and leave the lock held, which hung a later context's start)
		this.jdbc.execute((java.sql.Connection connection) -> {
			try (var lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
				lock.setLong(1, 0x526570L);
				lock.execute();
			}
			try {
				load();
			}
			finally {
				try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
					unlock.setLong(1, 0x526570L);
					unlock.execute();
				}
			}
			return null;
		});
	}

	private void load() {
		{
			Integer done = this.jdbc.queryForObject("select count(*) from generator_run where kind = 'DEMO_HISTORY'",
					Integer.class);
			if (done != null && done > 0) {
				return;
			}
			Instant started = this.clock.instant();
			LocalDate from = LocalDate.now(this.clock).minusYears(1);
			HistoryGenerator.Result result = this.generator.generate(this.seed, this.cases, from, true, null);
			this.jdbc.update("""
					insert into generator_run (kind, seed, cases, started_at, finished_at)
					values ('DEMO_HISTORY', ?, ?, ?, ?)""", this.seed, result.cases(), Timestamp.from(started),
					Timestamp.from(this.clock.instant()));
			this.measures.invalidate();
			log.info("Demo history: {} cases, {} tasks in {} ms", result.cases(), result.tasks(),
					result.took().toMillis());
		}
	}

}
