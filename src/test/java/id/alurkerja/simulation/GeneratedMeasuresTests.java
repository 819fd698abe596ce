package id.alurkerja.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.reports.evaluation.TaskMeasures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator is deterministic for a seed, and measures the tasks it writes in Java (so
 * that a bulk load needs no measuring pass); those measures are exactly what
 * {@link TaskMeasures} computes in SQL from the rows written. The cases are started in
 * 2019 (and so all finished), across a holiday, a weekend and Idul Fitri's cuti bersama.
 */
@SpringBootTest
class GeneratedMeasuresTests {

	@Autowired
	HistoryGenerator generator;

	@Autowired
	TaskMeasures measures;

	@Autowired
	CalendarService calendars;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGeneratorMeasuresItsTasksAsTheSqlDoes() {
		this.jdbc.update("""
				insert into holiday (day, name, kind) values ('2019-06-05', 'Uji Idul Fitri', 'LIBUR_NASIONAL'),
				  ('2019-06-06', 'Uji Idul Fitri', 'LIBUR_NASIONAL'), ('2019-06-07', 'Uji cuti bersama', 'CUTI_BERSAMA')
				on conflict do nothing""");
		this.calendars.reload();
		try {
			ZoneId zone = this.calendars.calendar().zone();
			long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from task", Long.class);
			HistoryGenerator.Result result = this.generator.generate(11, 60,
					LocalDate.of(2019, 5, 20).atStartOfDay(zone).toInstant(),
					LocalDate.of(2019, 6, 20).atStartOfDay(zone).toInstant(), false, true, null);
			assertThat(result.cases()).isEqualTo(60);
			String rows = "select * from task_measure where task_id > ? order by task_id";
			List<Map<String, Object>> fromJava = this.jdbc.queryForList(rows, before);
			assertThat(fromJava).hasSize(this.jdbc
				.queryForObject("select count(*) from task where id > ? and status = 'DONE'", Integer.class, before));
			assertThat(fromJava).anyMatch(m -> "TIDAK".equals(m.get("outcome")))
				.anyMatch(m -> Boolean.TRUE.equals(m.get("delegated")))
				.anyMatch(m -> Boolean.TRUE.equals(m.get("output_missing")))
				.anyMatch(m -> !Boolean.TRUE.equals(m.get("by_lane")));

			// the same tasks measured by SQL
			this.jdbc.update("delete from task_measure where task_id > ?", before);
			this.measures.sumDays();
			this.measures.invalidate();
			assertThat(this.measures.refresh()).isGreaterThanOrEqualTo(fromJava.size());
			List<Map<String, Object>> fromSql = this.jdbc.queryForList(rows, before);
			assertThat(fromSql).hasSameSizeAs(fromJava);
			for (int i = 0; i < fromJava.size(); i++) {
				Map<String, Object> java = fromJava.get(i);
				Map<String, Object> sql = fromSql.get(i);
				assertThat(((Number) java.get("cdays")).doubleValue()).as("cdays of %s", java)
					.isCloseTo(((Number) sql.get("cdays")).doubleValue(), within(1e-9));
				java.remove("cdays");
				sql.remove("cdays");
				assertThat(java).as("task %s", java.get("task_id")).isEqualTo(sql);
			}
			// some took office minutes across the holidays (Wednesday 5 to Friday 7 June)
			assertThat(this.jdbc.queryForObject("""
					select count(*) from task t where t.id > ? and t.status = 'DONE'
					  and t.created_at < '2019-06-04 17:00:00+00' and t.completed_at > '2019-06-08 00:00:00+00'""",
					Integer.class, before))
				.isPositive();
		}
		finally {
			this.jdbc
				.update("delete from holiday where name like 'Uji %' and day between '2019-06-05' and '2019-06-07'");
			this.calendars.reload();
			this.measures.refresh();
		}
	}

	@Test
	void theSameSeedWritesTheSameHistoryAndAnotherSeedAnother() {
		ZoneId zone = this.calendars.calendar().zone();
		Instant from = LocalDate.of(2018, 3, 1).atStartOfDay(zone).toInstant();
		Instant to = LocalDate.of(2018, 4, 1).atStartOfDay(zone).toInstant();
		List<String> first = history(() -> this.generator.generate(21, 30, from, to, false, true, null));
		List<String> again = history(() -> this.generator.generate(21, 30, from, to, false, true, null));
		List<String> other = history(() -> this.generator.generate(22, 30, from, to, false, true, null));
		assertThat(first).hasSize(30).allMatch(c -> c.contains("STEP_COMPLETED") && c.contains("CASE_FINISHED"));
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		// the generator keeps the per-day sums with the measures it writes
		assertThat(this.jdbc.queryForObject("select sum(completed) from task_measure_day", Integer.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from task_measure", Integer.class));
	}

	/**
	 * What a run wrote, ids and registration numbers aside: its cases, their tasks and
	 * events in order.
	 */
	private List<String> history(Runnable run) {
		long lastCase = this.jdbc.queryForObject("select coalesce(max(id), 0) from case_file", Long.class);
		run.run();
		return this.jdbc.queryForList(
				"""
						select concat_ws('|', c.sop_revision_id, c.perihal, c.surat_dari, c.sifat, c.status, c.started_at, c.ended_at,
						  (select string_agg(concat_ws(',', t.step_no, t.created_at, t.completed_at, t.outcome,
						     t.completed_by_person_id, t.return_reason), ';' order by t.created_at, t.id)
						   from task t where t.case_id = c.id),
						  (select string_agg(concat_ws(',', e.seq, e.type, e.step_no, e.actor_name, e.occurred_at, e.note), ';'
						     order by e.seq) from case_event e where e.case_id = c.id))
						from case_file c where c.id > ? order by c.id""",
				String.class, lastCase);
	}

}
