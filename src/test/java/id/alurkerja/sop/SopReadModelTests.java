package id.alurkerja.sop;

import java.util.List;
import java.util.Map;

import id.alurkerja.sop.SopReadModel.Revisions;
import id.alurkerja.sop.SopReadModel.Steps;
import id.alurkerja.sop.SopReadModel.Sops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.alurkerja.support.ReadModelChecks.columns;
import static id.alurkerja.support.ReadModelChecks.comment;
import static id.alurkerja.support.ReadModelChecks.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model the SOP catalogue publishes is what {@link SopReadModel} says, on the
 * seed SOPs: its views and columns, commented as sop's, one row per SOP and per revision
 * with draft / published / retired meaning the status; and PostgreSQL inlines the views,
 * so a join on them is the join on the table by its keys.
 */
@SpringBootTest
class SopReadModelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewsHaveTheDocumentedColumnsAndSayTheyAreSops() {
		assertThat(columns(this.jdbc, Sops.VIEW)).containsExactlyElementsOf(Sops.COLUMNS);
		assertThat(columns(this.jdbc, Revisions.VIEW)).containsExactlyElementsOf(Revisions.COLUMNS);
		assertThat(columns(this.jdbc, Steps.VIEW)).containsExactlyElementsOf(Steps.COLUMNS);
		for (String view : List.of(Sops.VIEW, Revisions.VIEW, Steps.VIEW)) {
			assertThat(comment(this.jdbc, view)).as(view).startsWith("sop read model: ");
		}
	}

	@Test
	void eachStepIsNamedByItsHeadingElseTheFirstLineOfItsActivity() {
		// seed 003 prints step headings ("Rapat Koordinasi"); seed 001 has none, so the
		// activity's first line names the step
		assertThat(this.jdbc.queryForObject("""
				select st.title from sop_catalog_step st join sop_catalog_revision r on r.revision_id = st.revision_id
				join sop_catalog s on s.sop_id = r.sop_id
				where s.code = 'BTM-PPMD-01' and r.published and st.step_no = 'A.2'""", String.class))
			.isEqualTo("Rapat Koordinasi");
		assertThat(this.jdbc.queryForList("""
				select st.title from sop_catalog_step st join sop_catalog_revision r on r.revision_id = st.revision_id
				join sop_catalog s on s.sop_id = r.sop_id
				where s.code = 'DPMPEMDES-CTADES-01' and r.published""", String.class)).isNotEmpty()
			.allSatisfy(title -> assertThat(title).isNotBlank().doesNotContain("\n"));
	}

	@Test
	void everyRowIsTheSopOrRevisionAsTheTablesHoldIt() {
		assertThat(this.jdbc.queryForList("""
				select s.id from sop s full join sop_catalog v on v.sop_id = s.id
				where v.sop_id is null or s.id is null or v.kabupaten_id is distinct from s.kabupaten_id
				  or v.unit_id is distinct from s.unit_id or v.code is distinct from s.code""", Long.class)).isEmpty();
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as revisions, count(*) filter (where v.published) as published,
				  count(*) filter (where v.revision_id is null or r.id is null or v.sop_id is distinct from r.sop_id
				    or v.number is distinct from r.number or v.name is distinct from r.name
				    or v.published_at is distinct from r.published_at
				    or v.draft is distinct from (r.status = 'DRAFT')
				    or v.published is distinct from (r.status = 'PUBLISHED')
				    or v.retired is distinct from (r.status = 'RETIRED')) as wrong
				from sop_revision r full join sop_catalog_revision v on v.revision_id = r.id""");
		assertThat((Number) counts.get("published")).isNotEqualTo(0L);
		assertThat(((Number) counts.get("wrong")).longValue()).isZero();
	}

	@Test
	void theViewsAreInlinedIntoTheQueriesOnThem() {
		// the joins of the case list, the inbox and the dashboard, and the monitoring
		// forms' latest issued revision: by the tables' keys, no subquery of a view left
		assertThat(plan(this.jdbc, """
				select s.code, r.name from sop_catalog_revision r join sop_catalog s on s.sop_id = r.sop_id
				where r.revision_id = 1""")).contains("sop_revision_pkey", "sop_pkey").doesNotContain("Subquery Scan");
		assertThat(plan(this.jdbc, """
				select name from sop_catalog_revision where sop_id = 1 and not draft
				order by number desc limit 1""")).contains("sop_revision_sop_id_number_key")
			.doesNotContain("Subquery Scan");
	}

}
