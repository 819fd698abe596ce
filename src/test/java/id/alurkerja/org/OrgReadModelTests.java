package id.alurkerja.org;

import java.util.List;

import id.alurkerja.org.OrgReadModel.People;
import id.alurkerja.org.OrgReadModel.Positions;
import id.alurkerja.org.OrgReadModel.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.alurkerja.support.ReadModelChecks.columns;
import static id.alurkerja.support.ReadModelChecks.comment;
import static id.alurkerja.support.ReadModelChecks.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model the organisation publishes is what {@link OrgReadModel} says, on the
 * demo organisation: its views and columns, commented as org's, one row per unit,
 * position and person as the tables hold them; and PostgreSQL inlines the views, so a
 * join on them is the join on the table by its primary key.
 */
@SpringBootTest
class OrgReadModelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewsHaveTheDocumentedColumnsAndSayTheyAreOrgs() {
		assertThat(columns(this.jdbc, Units.VIEW)).containsExactlyElementsOf(Units.COLUMNS);
		assertThat(columns(this.jdbc, Positions.VIEW)).containsExactlyElementsOf(Positions.COLUMNS);
		assertThat(columns(this.jdbc, People.VIEW)).containsExactlyElementsOf(People.COLUMNS);
		for (String view : List.of(Units.VIEW, Positions.VIEW, People.VIEW)) {
			assertThat(comment(this.jdbc, view)).as(view).startsWith("org read model: ");
		}
	}

	@Test
	void everyRowIsTheUnitPositionOrPersonAsTheTablesHoldIt() {
		assertThat(this.jdbc.queryForList("""
				select u.id from unit u full join org_unit v on v.unit_id = u.id
				where v.unit_id is null or u.id is null or v.kabupaten_id is distinct from u.kabupaten_id
				  or v.parent_id is distinct from u.parent_id or v.code is distinct from u.code
				  or v.name is distinct from u.name""", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.id from position p full join org_position v on v.position_id = p.id
				where v.position_id is null or p.id is null or v.kabupaten_id is distinct from p.kabupaten_id
				  or v.unit_id is distinct from p.unit_id or v.code is distinct from p.code
				  or v.title is distinct from p.title or v.superior_id is distinct from p.superior_id
				  or v.rank is distinct from p.rank""", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.id from person p full join org_person v on v.person_id = p.id
				where v.person_id is null or p.id is null or v.kabupaten_id is distinct from p.kabupaten_id
				  or v.name is distinct from p.name""", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from org_person", Long.class)).isPositive();
	}

	@Test
	void theViewsAreInlinedIntoTheQueriesOnThem() {
		// the joins of the dashboard and the inbox: by the table's id (its primary key or
		// its unique (id, kabupaten_id)), no subquery of the view left in the plan
		assertThat(plan(this.jdbc, """
				select u.name from casework_case_fact c join org_unit u on u.unit_id = c.unit_id
				where c.case_id = 1""")).containsPattern(byId("unit", "c.unit_id")).doesNotContain("Subquery Scan");
		assertThat(plan(this.jdbc, """
				select pos.title from casework_task_fact t join org_position pos on pos.position_id = t.position_id
				where t.task_id = 1""")).containsPattern(byId("position", "t.position_id"))
			.doesNotContain("Subquery Scan");
		assertThat(plan(this.jdbc, """
				select fp.name from task t left join org_person fp on fp.person_id = t.from_person_id
				where t.id = 1""")).containsPattern(byId("person", "t.from_person_id")).doesNotContain("Subquery Scan");
	}

	/** An index scan of the table by its id. */
	private static String byId(String table, String value) {
		return "Index Scan using " + table + "_\\w+ on \"?" + table + "\"? \\w+ .*\\R\\s+Index Cond: \\(id = "
				+ value.replace(".", "\\.") + "\\)";
	}

}
