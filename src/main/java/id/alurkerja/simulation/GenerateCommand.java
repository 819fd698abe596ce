package id.alurkerja.simulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.alurkerja.audit.HistoryBulkLoad;
import id.alurkerja.casework.CaseBulkLoad;
import id.alurkerja.database.BulkLoad;
import id.alurkerja.reports.MeasureBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
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

	private final CaseBulkLoad caseLoad;

	private final HistoryBulkLoad historyLoad;

	private final MeasureBulkLoad measures;

	private final ConfigurableApplicationContext context;

	/**
	 * Whether to stop the application afterwards (the benchmark, when asked for, does).
	 */
	private final boolean exit;

	GenerateCommand(HistoryGenerator generator, JdbcTemplate jdbc, Clock clock,
			@Value("${alur.generate.cases}") int cases, @Value("${alur.generate.seed:42}") long seed,
			@Value("${alur.generate.years:3}") int years, CaseBulkLoad caseLoad, HistoryBulkLoad historyLoad,
			MeasureBulkLoad measures, ConfigurableApplicationContext context,
			@Value("${alur.generate.exit:true}") boolean exit, @Value("${alur.benchmark:false}") boolean benchmark) {
		this.caseLoad = caseLoad;
		this.historyLoad = historyLoad;
		this.measures = measures;
		this.context = context;
		this.exit = exit && !benchmark;
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
		long[] last = { System.nanoTime(), System.nanoTime() };
		this.measures.suspend(true);
		// plain indexes of the tables written, dropped by their owners: one sort per
		// index
		// afterwards instead of millions of inserts
		List<BulkLoad.DroppedIndexes> indexes = List.of(this.caseLoad.dropSecondaryIndexes(),
				this.historyLoad.dropSecondaryIndexes(), this.measures.dropSecondaryIndexes());
		HistoryGenerator.Result result;
		long rebuilt;
		try {
			result = this.generator.generate(this.seed, this.cases, LocalDate.now(this.clock).minusYears(this.years),
					false, true, done -> {
						if (done % 50_000 == 0 || done == this.cases) {
							log.info("generated {} of {} cases ({} s since the last report)", done, this.cases,
									(System.nanoTime() - last[0]) / 1_000_000_000);
							last[0] = System.nanoTime();
						}
					});
		}
		finally {
			rebuilt = System.nanoTime();
			indexes.forEach(BulkLoad.DroppedIndexes::rebuild);
			this.measures.invalidate();
			this.measures.suspend(false);
		}
		double indexSeconds = (System.nanoTime() - rebuilt) / 1e9;
		this.jdbc.update("""
				insert into generator_run (kind, seed, cases, started_at, finished_at)
				values ('BULK', ?, ?, ?, ?)""", this.seed, result.cases(), Timestamp.from(started),
				Timestamp.from(this.clock.instant()));
		long analyse = System.nanoTime();
		this.caseLoad.analyze();
		this.historyLoad.analyze();
		double analyseSeconds = (System.nanoTime() - analyse) / 1e9;
		long measure = System.nanoTime();
		// the tasks the generator did not write (it measured and summed its own)
		int measured = this.measures.refresh();
		this.measures.analyze();
		double measureSeconds = (System.nanoTime() - measure) / 1e9;
		double total = (System.nanoTime() - last[1]) / 1e9;
		String line = ("GENERATED cases=%d tasks=%d events=%d seconds=%.1f (+%.1f s %d indexes, +%.1f s vacuum analyze,"
				+ " +%.1f s %d other task measures) total=%.1f s rate=%.0f cases/s")
			.formatted(result.cases(), result.tasks(), result.events(), result.took().toMillis() / 1000.0, indexSeconds,
					indexes.stream().mapToInt(BulkLoad.DroppedIndexes::size).sum(), analyseSeconds, measureSeconds,
					measured, total, result.cases() / Math.max(0.001, total));
		log.info(line);
		System.out.println(line);
		if (this.exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
