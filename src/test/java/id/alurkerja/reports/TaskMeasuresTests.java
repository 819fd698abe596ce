package id.alurkerja.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.alurkerja.reports.evaluation.Dashboard;
import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.Period;
import id.alurkerja.reports.evaluation.ReportScope.Viewer;
import id.alurkerja.reports.evaluation.TaskMeasures;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation read from {@code task_measure} (with the tasks not measured yet measured
 * on the spot) gives exactly the figures of the direct computation, on the demo history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskMeasuresTests {

	@Autowired
	TaskMeasures measures;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	SopCatalog catalog;

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void measuredFiguresEqualTheDirectComputation() {
		this.measures.invalidate();
		assertThat(this.measures.state().usable()).isFalse();
		List<Evaluation> direct = evaluateAll();
		List<Dashboard.View> directDashboards = dashboards();
		assertThat(direct).isNotEmpty();
		assertThat(directDashboards.stream().mapToInt(v -> v.delays().size()).sum()).isPositive();
		assertThat(direct.stream().mapToInt(Evaluation::cases).sum()).isPositive();

		this.measures.refresh();
		assertThat(this.measures.state().usable()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from task_measure", Integer.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from task where status = 'DONE'", Integer.class));
		// the per-day sums add up to the measures
		assertThat(this.jdbc.queryForObject("select sum(completed) from task_measure_day", Integer.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from task_measure", Integer.class));
		assertSameFigures(evaluateAll(), direct);
		assertThat(dashboards()).containsExactlyElementsOf(directDashboards);

		// tasks completed in the look-back window and not measured yet are measured on
		// the
		// spot
		this.jdbc
			.update("""
					update task_measure_state set measured_until = (select max(completed_at) from task_measure) where id = 1""");
		int dropped = this.jdbc.update("""
				delete from task_measure where completed_at >= (select measured_until from task_measure_state)
				  - interval '%d minutes'""".formatted(60));
		assertThat(dropped).isPositive();
		// (and their per-day sums with them, as if they had never been counted)
		this.measures.sumDays();
		assertSameFigures(evaluateAll(), direct);
		assertThat(dashboards()).containsExactlyElementsOf(directDashboards);

		// a changed working calendar: not usable until counted again
		this.jdbc.update("insert into holiday (day, name, kind) values ('2026-10-02', 'Uji', 'CUTI_BERSAMA')");
		try {
			assertThat(this.measures.state().usable()).isFalse();
			List<Evaluation> withHoliday = evaluateAll();
			this.measures.refresh();
			assertThat(this.measures.state().usable()).isTrue();
			assertSameFigures(evaluateAll(), withHoliday);
		}
		finally {
			this.jdbc.update("delete from holiday where day = '2026-10-02'");
			this.measures.refresh();
		}
		assertSameFigures(evaluateAll(), direct);
	}

	private static void assertSameFigures(List<Evaluation> actual, List<Evaluation> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Evaluation a = actual.get(i);
			Evaluation e = expected.get(i);
			String what = e.revision().code() + " " + e.period() + " unit " + e.unitId();
			assertThat(a.cases()).as(what + " cases").isEqualTo(e.cases());
			assertThat(a.months()).as(what + " months").containsExactlyElementsOf(e.months());
			assertThat(a.units()).as(what + " units").containsExactlyInAnyOrderElementsOf(e.units());
			for (int s = 0; s < e.steps().size(); s++) {
				assertThat(a.steps().get(s)).as(what + " step " + e.steps().get(s).no())
					.usingRecursiveComparison()
					.ignoringCollectionOrder()
					.isEqualTo(e.steps().get(s));
			}
		}
	}

	/** Every kabupaten's dashboard as its admin sees it. */
	private List<Dashboard.View> dashboards() {
		List<Dashboard.View> views = new ArrayList<>();
		for (Long kabupatenId : this.jdbc.queryForList("select id from kabupaten order by id", Long.class)) {
			Set<Long> units = Set
				.copyOf(this.jdbc.queryForList("select id from unit where kabupaten_id = ?", Long.class, kabupatenId));
			views.add(this.dashboard.view(new Viewer(kabupatenId, null, true, units, "test", "admin")));
		}
		return views;
	}

	/**
	 * Every SOP over the past year and over the hand history's month, all units and one.
	 */
	private List<Evaluation> evaluateAll() {
		List<Evaluation> all = new ArrayList<>();
		LocalDate today = LocalDate.now();
		List<Period> periods = List.of(Period.preset(null, today),
				new Period(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31)));
		for (Map<String, Object> k : this.jdbc.queryForList("select id from kabupaten order by id")) {
			Long kabupatenId = ((Number) k.get("id")).longValue();
			Long unit = this.jdbc.queryForObject("select min(id) from unit where kabupaten_id = ?", Long.class,
					kabupatenId);
			for (SopSummary sop : this.catalog.catalogue(kabupatenId, null)) {
				for (Period period : periods) {
					all.add(this.evaluations.evaluate(kabupatenId, sop.code(), null, period, null).orElseThrow());
					all.add(this.evaluations.evaluate(kabupatenId, sop.code(), null, period, unit).orElseThrow());
				}
			}
		}
		return all;
	}

}
