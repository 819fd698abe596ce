package id.alurkerja.audit;

import java.util.Map;

import id.alurkerja.audit.AuditReadModel.CaseActors;
import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.alurkerja.support.ReadModelChecks.columns;
import static id.alurkerja.support.ReadModelChecks.comment;
import static id.alurkerja.support.ReadModelChecks.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model audit publishes is what {@link AuditReadModel} says, on the demo
 * history: its view and columns, commented as audit's, one row per event with who acted;
 * {@link CaseHistory#actedOn} answers the same; and PostgreSQL inlines the view, so its
 * readers keep the table's indexes.
 */
@SpringBootTest
class AuditReadModelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseHistory history;

	@Test
	void theViewHasTheDocumentedColumnsAndSaysItIsAudits() {
		assertThat(columns(this.jdbc, CaseActors.VIEW)).containsExactlyElementsOf(CaseActors.COLUMNS);
		assertThat(comment(this.jdbc, CaseActors.VIEW)).startsWith("audit read model: ");
	}

	@Test
	void everyEventIsARowWithWhoActedAndWhen() {
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as events, count(*) filter (where a.actor_person_id is not null) as by_people,
				  count(*) filter (where a.actor_person_id is distinct from e.actor_person_id
				    or a.actor_position_id is distinct from e.actor_position_id
				    or a.occurred_at is distinct from e.occurred_at) as wrong
				from audit_case_actor a join case_event e on e.case_id = a.case_id and e.seq = a.seq""");
		assertThat(((Number) counts.get("events")).longValue())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from case_event", Long.class));
		assertThat((Number) counts.get("by_people")).isNotEqualTo(0L);
		assertThat(((Number) counts.get("wrong")).longValue()).isZero();
	}

	@Test
	void aPersonActedOnACaseWhenAnEventOfItsHistoryIsTheirs() {
		Map<String, Object> acted = this.jdbc.queryForMap("""
				select case_id, actor_person_id from case_event where actor_person_id is not null
				order by case_id, seq limit 1""");
		CaseId caseId = new CaseId(((Number) acted.get("case_id")).longValue());
		assertThat(this.history.actedOn(caseId, new PersonId(((Number) acted.get("actor_person_id")).longValue())))
			.isTrue();
		Long stranger = this.jdbc.queryForObject("""
				select p.id from person p where not exists (select 1 from case_event e
				  where e.case_id = ? and e.actor_person_id = p.id) order by p.id limit 1""", Long.class,
				caseId.value());
		assertThat(this.history.actedOn(caseId, new PersonId(stranger))).isFalse();
		assertThat(this.history.actedOn(caseId, null)).isFalse();
	}

	@Test
	void theViewIsInlinedIntoTheQueriesOnIt() {
		// the case list's and case access's conditions are the table's own: its indexes
		// serve, and no subquery of the view is left in the plan
		String byPerson = plan(this.jdbc, "select 1 from audit_case_actor where actor_person_id = 1 and case_id = 2");
		assertThat(byPerson).contains("case_event_actor_idx").doesNotContain("Subquery Scan");
		String ofCase = plan(this.jdbc,
				"select actor_position_id from audit_case_actor where case_id = 2 and actor_position_id is not null");
		assertThat(ofCase).contains("case_event_case_id_seq_key").doesNotContain("Subquery Scan");
	}

}
