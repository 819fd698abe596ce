package id.alurkerja.casework;

import java.util.List;
import java.util.Map;

import id.alurkerja.casework.CaseworkReadModel.CaseFact;
import id.alurkerja.casework.CaseworkReadModel.TaskFact;
import id.alurkerja.support.ReadModelChecks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model casework publishes is what {@link CaseworkReadModel} says: the views and
 * their columns, each view commented as casework's; on the demo history every column
 * means what it says of the tables; and PostgreSQL inlines the views, so that their
 * readers keep the tables' indexes and pay nothing for the columns they do not read.
 */
@SpringBootTest
class CaseworkReadModelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewsHaveTheDocumentedColumnsAndSayTheyAreCaseworks() {
		assertThat(ReadModelChecks.columns(this.jdbc, CaseFact.VIEW)).containsExactlyElementsOf(CaseFact.COLUMNS);
		assertThat(ReadModelChecks.columns(this.jdbc, TaskFact.VIEW)).containsExactlyElementsOf(TaskFact.COLUMNS);
		for (String view : List.of(CaseFact.VIEW, TaskFact.VIEW)) {
			assertThat(ReadModelChecks.comment(this.jdbc, view)).as(view)
				.startsWith("casework read model for reports: ");
		}
	}

	@Test
	void everyCaseColumnMeansWhatItSaysOfTheCase() {
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as cases,
				  count(*) filter (where f.running) as running, count(*) filter (where f.finished) as finished,
				  count(*) filter (where f.running is distinct from (c.status = 'BERJALAN')
				    or f.finished is distinct from (c.status = 'SELESAI')
				    or f.cancelled is distinct from (c.status = 'DIBATALKAN')
				    or f.revision_id is distinct from c.sop_revision_id or f.unit_id is distinct from c.unit_id
				    or f.kabupaten_id is distinct from c.kabupaten_id or f.status is distinct from c.status
				    or f.started_at is distinct from c.started_at or f.ended_at is distinct from c.ended_at
				    or f.current_step_no is distinct from c.current_step_no) as wrong
				from casework_case_fact f join case_file c on c.id = f.case_id""");
		assertThat(((Number) counts.get("cases")).longValue())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from case_file", Long.class));
		assertThat((Number) counts.get("running")).isNotEqualTo(0L);
		assertThat((Number) counts.get("finished")).isNotEqualTo(0L);
		assertThat(((Number) counts.get("wrong")).longValue()).isZero();
	}

	@Test
	void everyTaskColumnMeansWhatItSaysOfTheTask() {
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as tasks,
				  count(*) filter (where f.open) as open, count(*) filter (where f.done) as done,
				  count(*) filter (where f.returned) as returned, count(*) filter (where f.by_acting) as by_acting,
				  count(*) filter (where f.delegated) as delegated, count(*) filter (where f.has_output) as has_output,
				  count(*) filter (where f.output_missing) as output_missing,
				  count(*) filter (where f.open is distinct from (t.status = 'OPEN')
				    or f.done is distinct from (t.status = 'DONE')
				    or f.cancelled is distinct from (t.status = 'CANCELLED')
				    or f.returned is distinct from coalesce(t.outcome = 'TIDAK', false)
				    or f.by_definitive_holder is distinct from coalesce(t.completed_acting = 'DEFINITIF', false)
				    or f.by_acting is distinct from coalesce(t.completed_acting in ('PLT', 'PLH'), false)
				    or f.delegated is distinct from (coalesce(t.completed_acting = 'DELEGASI', false)
				      or exists (select 1 from delegation d where d.task_id = t.id))
				    or f.has_output is distinct from exists (select 1 from document_version v where v.task_id = t.id)
				    or f.output_missing is distinct from (t.output_missing_reason is not null
				      and not exists (select 1 from document_version v where v.task_id = t.id))
				    or (f.return_reason is not null) is distinct from coalesce(t.outcome = 'TIDAK', false)
				    or f.outcome is distinct from t.outcome or f.step_no is distinct from t.step_no
				    or f.position_id is distinct from t.position_id or f.case_id is distinct from t.case_id
				    or f.created_at is distinct from t.created_at or f.completed_at is distinct from t.completed_at
				    or f.due_at is distinct from t.due_at) as wrong
				from casework_task_fact f join task t on t.id = f.task_id""");
		assertThat(((Number) counts.get("tasks")).longValue())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from task", Long.class));
		for (String column : List.of("open", "done", "returned", "by_acting", "delegated", "has_output",
				"output_missing")) {
			assertThat((Number) counts.get(column)).as(column).isNotEqualTo(0L);
		}
		assertThat(((Number) counts.get("wrong")).longValue()).isZero();
	}

	@Test
	void aReturnsReasonIsTheOneTheReturnCarriedToTheNextTask() {
		// the task a Tidak created carries the reason, and points back at the returning
		// step
		List<Map<String, Object>> wrong = this.jdbc.queryForList("""
				select f.task_id, f.return_reason, r.return_reason as carried
				from casework_task_fact f
				join task r on r.case_id = f.case_id and r.returned_from_step = f.step_no
				  and r.created_at = f.completed_at
				where f.returned and f.return_reason is distinct from coalesce(r.return_reason, '')""");
		assertThat(wrong).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from casework_task_fact where returned and return_reason <> ''", Long.class))
			.isPositive();
	}

	@Test
	void theViewsAreInlinedIntoTheQueriesOnThem() {
		// a column not read costs nothing: no subquery of the view is left in the plan
		assertThat(ReadModelChecks.plan(this.jdbc, "select task_id, completed_at from casework_task_fact where done"))
			.doesNotContain("SubPlan", "Subquery Scan");
		assertThat(ReadModelChecks.plan(this.jdbc, "select case_id from casework_case_fact where finished"))
			.doesNotContain("SubPlan", "Subquery Scan");
		// the conditions on the views' columns are the tables' own: their partial indexes
		// serve
		assertThat(ReadModelChecks.plan(this.jdbc,
				"select count(*) from casework_task_fact where done and completed_at >= now()"))
			.contains("task_done_completed_idx");
		assertThat(ReadModelChecks.plan(this.jdbc,
				"select count(*) from casework_task_fact where open and position_id = 1"))
			.contains("task_open_position_idx");
		assertThat(ReadModelChecks.plan(this.jdbc, """
				select count(*) from casework_case_fact
				where finished and kabupaten_id = 1 and ended_at >= now() - interval '1 year'"""))
			.containsPattern("case_file_ended_idx|Index Cond: .*status = 'SELESAI'");
	}

}
