package id.alurkerja.sop;

import javax.sql.DataSource;

import id.alurkerja.support.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose seed revisions were published before document duties upgrades to
 * seeds that say who drafts, initials and signs (V63), with nothing else of the revision
 * changed; a revision an admin rewrote under a seed's code keeps what it said. Runs the
 * migrations in a schema of its own, the revisions written as V55 left them (the last
 * migration before V63 that existed when this was written).
 */
@SpringBootTest
class SeedDutiesUpgradeTests {

	private static final String SCHEMA = "upgrade_v63";

	/** A revision's content as it was stored before duties: every step without one. */
	private static final String WITHOUT_DUTIES = """
			jsonb_set(content, '{steps}', (select jsonb_agg(s - 'duty' order by i)
			  from jsonb_array_elements(content -> 'steps') with ordinality as t (s, i)))""";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeedRevisionsOfAnInstallationGetTheirDutiesAndNothingElseChanges() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			flyway("55").migrate();
			String seed004 = this.jdbc
				.queryForObject("select (" + WITHOUT_DUTIES + ")::text from public.sop_revision r "
						+ "join public.sop s on s.id = r.sop_id where s.code = 'DPMPEMDES-PK-01' order by r.id limit 1",
						String.class);
			assertThat(seed004).doesNotContain("\"duty\": {");
			Dinas uji = dinas("Uji");
			Long seedRevision = revision("DPMPEMDES-PK-01", uji, seed004);
			// an admin's SOP under another code, same steps: not a seed, left alone
			Long other = revision("UJI-PK-02", uji, seed004);
			// an admin moved row 7 of the seed to another lane and published it as its
			// own SOP under the seed's code in a second kabupaten: left alone too
			Dinas dua = dinas("Dua");
			String moved = this.jdbc.queryForObject("""
					select jsonb_set(?::jsonb, '{steps}', (select jsonb_agg(case when s ->> 'no' = '7'
					  then jsonb_set(s, '{lane}', '"sekretaris"') else s end order by i)
					  from jsonb_array_elements(?::jsonb -> 'steps') with ordinality as t (s, i)))::text""",
					String.class, seed004, seed004);
			Long rewritten = revision("DPMPEMDES-PK-01", dua, moved);

			flyway(null).migrate();

			assertThat(duty(seedRevision, "3")).isEqualTo("DRAFT Perjanjian Kinerja");
			assertThat(duty(seedRevision, "6")).isEqualTo("PARAF Perjanjian Kinerja");
			assertThat(this.jdbc.queryForObject(
					"select content -> 'steps' -> 5 -> 'duty' ->> 'parafLanes' from %s.sop_revision where id = ?"
						.formatted(SCHEMA),
					String.class, seedRevision))
				.isEqualTo("[\"kabid\", \"sekretaris\"]");
			assertThat(duty(seedRevision, "7")).isEqualTo("SIGN Perjanjian Kinerja");
			assertThat(duty(seedRevision, "8")).isNull();
			assertThat(duty(seedRevision, "9")).isEqualTo("NUMBER Perjanjian Kinerja");
			// nothing but the duties changed
			assertThat(this.jdbc.queryForObject(
					"select (" + WITHOUT_DUTIES + ") = ?::jsonb from %s.sop_revision where id = ?".formatted(SCHEMA),
					Boolean.class, seed004, seedRevision))
				.isTrue();
			assertThat(duty(other, "7")).isNull();
			assertThat(duty(rewritten, "7")).isNull();
			assertThat(duty(rewritten, "3")).isNull();
			// and the revisions stay frozen
			assertThat(this.jdbc.queryForObject(
					"select count(*) from pg_trigger where tgname = 'sop_revision_frozen' and tgenabled = 'O' "
							+ "and tgrelid = '%s.sop_revision'::regclass".formatted(SCHEMA),
					Integer.class))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	/** A kabupaten of the upgraded schema and a dinas in it. */
	private record Dinas(Long kabupaten, Long unit) {
	}

	private Dinas dinas(String name) {
		Long kabupaten = this.jdbc.queryForObject(
				"insert into %s.kabupaten (name, code) values (?, ?) returning id".formatted(SCHEMA), Long.class,
				"Kabupaten " + name, name.toUpperCase());
		Long unit = this.jdbc.queryForObject(
				"insert into %s.unit (kabupaten_id, name, kind, code) values (?, ?, 'DINAS', ?) returning id"
					.formatted(SCHEMA),
				Long.class, kabupaten, "Dinas " + name, "D" + name.toUpperCase());
		return new Dinas(kabupaten, unit);
	}

	private Long revision(String code, Dinas dinas, String content) {
		Long sop = this.jdbc.queryForObject(
				"insert into %s.sop (kabupaten_id, unit_id, code, form) values (?, ?, ?, 'FLOWCHART') returning id"
					.formatted(SCHEMA),
				Long.class, dinas.kabupaten(), dinas.unit(), code);
		return this.jdbc.queryForObject("""
				insert into %s.sop_revision (sop_id, number, status, name, published_at, content)
				values (?, 1, 'PUBLISHED', 'Penyusunan Perjanjian Kinerja', now(), ?::jsonb) returning id"""
			.formatted(SCHEMA), Long.class, sop, content);
	}

	/** "KIND document" of a step's duty, or null. */
	private String duty(Long revision, String stepNo) {
		return this.jdbc.queryForObject("""
				select (select (s -> 'duty' ->> 'kind') || ' ' || (s -> 'duty' ->> 'document')
				        from jsonb_array_elements(content -> 'steps') s where s ->> 'no' = ?)
				from %s.sop_revision where id = ?""".formatted(SCHEMA), String.class, stepNo, revision);
	}

	private Flyway flyway(String target) {
		return SchemaMigrations.flyway(this.dataSource, SCHEMA, target);
	}

}
