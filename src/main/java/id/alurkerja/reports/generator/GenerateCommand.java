package id.alurkerja.reports.generator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --alur.generate.cases=N [--alur.generate.seed=42] [--alur.generate.years=3]}:
 * fills the database with N more generated cases over the past years, then (with
 * {@code --alur.generate.exit=true}, the default) stops the application. See README.
 */
@Component
@ConditionalOnProperty("alur.generate.cases")
@Order(40)
class GenerateCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final HistoryGenerator generator;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int cases;

	private final long seed;

	private final int years;

	GenerateCommand(HistoryGenerator generator, JdbcTemplate jdbc, Clock clock,
			@Value("${alur.generate.cases}") int cases, @Value("${alur.generate.seed:42}") long seed,
			@Value("${alur.generate.years:3}") int years) {
		this.generator = generator;
		this.jdbc = jdbc;
		this.clock = clock;
		this.cases = cases;
		this.seed = seed;
		this.years = years;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant started = this.clock.instant();
		long[] last = { System.nanoTime() };
		HistoryGenerator.Result result = this.generator.generate(this.seed, this.cases,
				LocalDate.now(this.clock).minusYears(this.years), false, done -> {
					if (done % 50_000 == 0 || done == this.cases) {
						log.info("generated {} of {} cases ({} s since the last report)", done, this.cases,
								(System.nanoTime() - last[0]) / 1_000_000_000);
						last[0] = System.nanoTime();
					}
				});
		this.jdbc.update("""
				insert into generator_run (kind, seed, cases, started_at, finished_at)
				values ('BULK', ?, ?, ?, ?)""", this.seed, result.cases(), Timestamp.from(started),
				Timestamp.from(this.clock.instant()));
		long analyse = System.nanoTime();
		this.jdbc.execute("vacuum analyze case_file");
		this.jdbc.execute("vacuum analyze task");
		this.jdbc.execute("vacuum analyze case_event");
		this.jdbc.execute("analyze delegation");
		this.jdbc.execute("analyze document_version");
		String line = "GENERATED cases=%d tasks=%d events=%d seconds=%.1f (+%.1f s vacuum analyze) rate=%.0f cases/s"
			.formatted(result.cases(), result.tasks(), result.events(), result.took().toMillis() / 1000.0,
					(System.nanoTime() - analyse) / 1e9,
					result.cases() / Math.max(0.001, result.took().toMillis() / 1000.0));
		log.info(line);
		System.out.println(line);
	}

}
