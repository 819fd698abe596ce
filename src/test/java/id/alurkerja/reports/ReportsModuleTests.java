package id.alurkerja.reports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.reports.evaluation.Dashboard;
import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.Period;
import id.alurkerja.reports.evaluation.ReportScope.Viewer;
import id.alurkerja.reports.evaluation.StepFigures;
import id.alurkerja.reports.evaluation.TaskMeasures;
import id.alurkerja.sop.SopContent;
import id.alurkerja.support.WebModuleBeans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reports module without casework, inbox, audit or web (only the org, sop and
 * calendar modules it reads are started too, and no demo data), on the real PostgreSQL:
 * an evaluation and a dashboard computed from rows that casework's read model shows.
 * <p>
 * A kabupaten of its own runs seed 004 (Penyusunan Perjanjian Kinerja) on Monday 9 and
 * Tuesday 10 March 2026, office hours 08:00-16:00 WIB. Step 3 ("3 Jam") is done three
 * times: 09:00→10:00 (60 min, within, a document uploaded), 11:00→Tue 09:00 after a Tidak
 * (6 office hours, overdue, delegated) and, in a second case, 13:00→14:30 (90 min,
 * within, no document with a reason). Median 90 min = 1.5 h; P90 at 0.9 × 2 = 1.8 → 90 +
 * 0.8 × 270 = 306 min = 5.1 h. Step 4 ("15 Menit") is done once, 10:00→11:00 by a Plt.,
 * with Tidak and its reason. The second case waits at step 4, past its due time.
 * Everything is written in the test's transaction and rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = { "org", "sop", "calendar" })
@TestPropertySource(properties = { "alur.demo=false", "alur.reports.measure-interval=PT10H" })
@Transactional
@Import(WebModuleBeans.class)
class ReportsModuleTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final Period WEEK = new Period(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15));

	static final String REASON = "Target kinerja belum sesuai Renstra";

	/** What the admin pages of org, sop and calendar write to; the reports never do. */
	@MockitoBean
	AdminLog adminLog;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	Dashboard dashboard;

	@Autowired
	TaskMeasures measures;

	@Autowired
	JdbcTemplate jdbc;

	long kabupaten;

	long unit;

	long kasi;

	long person;

	@Test
	void anEvaluationIsComputedFromTheRowsOfCaseworksReadModel() throws IOException {
		history();
		// the read model shows the rows as the reports read them
		assertThat(this.jdbc.queryForObject("""
				select count(*) from casework_task_fact t join casework_case_fact c on c.case_id = t.case_id
				where c.kabupaten_id = ? and t.done""", Integer.class, this.kabupaten)).isEqualTo(4);

		// a measuring run of this transaction, so that no other run measures in between
		for (int i = 0; i < 100 && !holdsAdvisoryLock(); i++) {
			this.measures.refresh();
		}
		assertThat(holdsAdvisoryLock()).isTrue();
		this.measures.invalidate();
		assertThat(this.measures.state().usable()).isFalse();
		Evaluation direct = this.evaluations.evaluate(this.kabupaten, "DPMPEMDES-PK-01", null, WEEK, null)
			.orElseThrow();
		assertFigures(direct);

		// the same from the stored measures
		this.measures.refresh();
		assertThat(this.measures.state().usable()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from task_measure where kabupaten_id = ?", Integer.class,
				this.kabupaten))
			.isEqualTo(4);
		Evaluation measured = this.evaluations.evaluate(this.kabupaten, "DPMPEMDES-PK-01", null, WEEK, null)
			.orElseThrow();
		assertFigures(measured);
		assertThat(measured.steps()).usingRecursiveComparison().isEqualTo(direct.steps());

		Dashboard.View view = this.dashboard
			.view(new Viewer(this.kabupaten, null, true, Set.of(this.unit), "Penguji", "admin"));
		assertThat(view.open()).singleElement().satisfies(open -> {
			assertThat(open.sopCode()).isEqualTo("DPMPEMDES-PK-01");
			assertThat(open.unit()).isEqualTo("Dinas Uji Modul Laporan");
			assertThat(open.open()).isEqualTo(1);
			assertThat(open.overdue()).isEqualTo(1);
		});
		assertThat(view.overdueTotal()).isEqualTo(1);
		assertThat(view.overdue()).singleElement().satisfies(o -> assertThat(o.stepNo()).isEqualTo("4"));
	}

	private void assertFigures(Evaluation evaluation) {
		assertThat(evaluation.cases()).isEqualTo(2);
		StepFigures three = step(evaluation, "3");
		assertThat(three.completed()).isEqualTo(3);
		assertThat(three.median()).isCloseTo(1.5, within(1e-9));
		assertThat(three.p90()).isCloseTo(5.1, within(1e-9));
		assertThat(three.withStandard()).isEqualTo(3);
		assertThat(three.within()).isEqualTo(2);
		assertThat(three.overdue()).isEqualTo(1);
		assertThat(three.returns()).isZero();
		assertThat(three.byLane()).isEqualTo(2);
		assertThat(three.byActing()).isZero();
		assertThat(three.delegated()).isEqualTo(1);
		assertThat(three.outputPresent()).isEqualTo(1);
		assertThat(three.outputMissing()).isEqualTo(1);
		StepFigures four = step(evaluation, "4");
		assertThat(four.completed()).isEqualTo(1);
		assertThat(four.median()).isCloseTo(60.0, within(1e-9));
		assertThat(four.overdue()).isEqualTo(1);
		assertThat(four.returns()).isEqualTo(1);
		assertThat(four.reasons()).containsExactly(new StepFigures.Reason(REASON, 1));
		assertThat(four.byActing()).isEqualTo(1);
		assertThat(four.byLane()).isZero();
		assertThat(evaluation.units())
			.containsExactly(new Evaluation.UnitLoad(this.unit, "Dinas Uji Modul Laporan", 4, 2));
	}

	private static StepFigures step(Evaluation evaluation, String no) {
		return evaluation.steps().stream().filter(s -> s.no().equals(no)).findFirst().orElseThrow();
	}

	/** The kabupaten, its SOP and the two cases, written as casework writes them. */
	private void history() throws IOException {
		this.kabupaten = id("insert into kabupaten (name, code) values ('Kabupaten Uji Modul Laporan', 'UJIML')");
		this.unit = id(
				"insert into unit (kabupaten_id, name, kind, code) values (?, 'Dinas Uji Modul Laporan', 'DINAS', 'DUML')",
				this.kabupaten);
		long kadis = id("""
				insert into position (kabupaten_id, unit_id, code, title, unit_head, rank)
				values (?, ?, 'kadis-uji', 'Kepala Dinas Uji', true, 3)""", this.kabupaten, this.unit);
		this.kasi = id("""
				insert into position (kabupaten_id, unit_id, code, title, superior_id, rank)
				values (?, ?, 'kasi-uji', 'Kasi Keuangan dan Aset Desa Uji', ?, 5)""", this.kabupaten, this.unit,
				kadis);
		this.person = id("insert into person (kabupaten_id, name) values (?, 'Penguji Laporan')", this.kabupaten);
		long sop = id(
				"insert into sop (kabupaten_id, unit_id, code, form) values (?, ?, 'DPMPEMDES-PK-01', 'FLOWCHART')",
				this.kabupaten, this.unit);
		long revision = id("""
				insert into sop_revision (sop_id, number, status, name, published_at, content)
				values (?, 1, 'PUBLISHED', 'Penyusunan Perjanjian Kinerja', '2026-01-02 08:00+07', cast(? as jsonb))""",
				sop, seedContent("sop/seeds/004-perjanjian-kinerja.yaml"));

		long finished = id("""
				insert into case_file (kabupaten_id, unit_id, sop_revision_id, registration_no, registration_year,
				  registration_seq, perihal, surat_dari, received_on, sifat, status, started_at, ended_at,
				  created_by_person_id)
				values (?, ?, ?, 'UJIML/2026/1', 2026, 1, 'Perjanjian Kinerja 2026', 'Sekretariat', '2026-03-09',
				  'BIASA', 'SELESAI', ?, ?, ?)""", this.kabupaten, this.unit, revision, at(9, 8, 30), at(10, 10, 0),
				this.person);
		long drafted = task(finished, "3", at(9, 9, 0), at(9, 10, 0), at(9, 12, 0), "DONE", "DEFINITIF", null, null);
		upload(finished, drafted, at(9, 9, 55));
		task(finished, "4", at(9, 10, 0), at(9, 11, 0), at(9, 10, 15), "TIDAK", "PLT", null, null);
		long redrafted = task(finished, "3", at(9, 11, 0), at(10, 9, 0), at(9, 14, 0), "DONE", "DEFINITIF", REASON,
				null);
		this.jdbc.update("""
				insert into delegation (task_id, from_person_id, from_position_id, to_position_id, arahan, sifat,
				  created_at, status)
				values (?, ?, ?, ?, 'Mohon disiapkan kembali', 'BIASA', ?, 'CLOSED')""", redrafted, this.person,
				this.kasi, kadis, at(9, 11, 30));

		long running = id("""
				insert into case_file (kabupaten_id, unit_id, sop_revision_id, registration_no, registration_year,
				  registration_seq, perihal, surat_dari, received_on, sifat, status, current_step_no, started_at,
				  created_by_person_id)
				values (?, ?, ?, 'UJIML/2026/2', 2026, 2, 'Perjanjian Kinerja Kecamatan', 'Kecamatan', '2026-03-09',
				  'BIASA', 'BERJALAN', '4', ?, ?)""", this.kabupaten, this.unit, revision, at(9, 12, 30), this.person);
		task(running, "3", at(9, 13, 0), at(9, 14, 30), at(9, 16, 0), "DONE", "DEFINITIF", null,
				"Dicatat pada lembar disposisi");
		this.jdbc.update("""
				insert into task (case_id, kabupaten_id, step_no, lane_key, position_id, status, created_at, due_at)
				values (?, ?, '4', 'kasi', ?, 'OPEN', ?, ?)""", running, this.kabupaten, this.kasi, at(9, 14, 30),
				at(9, 14, 45));
	}

	/** A task of the kasi's lane done at {@code completed}; {@code reason} a Tidak's. */
	private long task(long caseId, String step, Timestamp created, Timestamp completed, Timestamp due, String outcome,
			String acting, String returnReason, String outputMissingReason) {
		return id("""
				insert into task (case_id, kabupaten_id, step_no, lane_key, position_id, status, created_at,
				  completed_at, due_at, outcome, completed_by_person_id, completed_by_position_id, completed_acting,
				  return_reason, returned_from_step, output_missing_reason)
				values (?, ?, ?, 'kasi', ?, 'DONE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseId, this.kabupaten, step,
				this.kasi, created, completed, due, outcome, this.person, this.kasi, acting, returnReason,
				(returnReason != null) ? "4" : null, outputMissingReason);
	}

	private void upload(long caseId, long taskId, Timestamp at) {
		long document = id("insert into case_document (case_id, title, created_at) values (?, 'Draft konsep surat', ?)",
				caseId, at);
		this.jdbc.update("""
				insert into document_version (document_id, number, task_id, step_no, file_name, content_type,
				  size_bytes, sha256, uploaded_by_person_id, uploaded_at, kabupaten_id)
				values (?, 1, ?, '3', 'konsep.pdf', 'application/pdf', 10, repeat('a', 64), ?, ?, ?)""", document,
				taskId, this.person, at, this.kabupaten);
	}

	private long id(String insert, Object... args) {
		return this.jdbc.queryForObject(insert + " returning id", Long.class, args);
	}

	/** Monday 9 or Tuesday 10 March 2026 at a WIB time. */
	private static Timestamp at(int day, int hour, int minute) {
		return Timestamp.from(LocalDateTime.of(2026, 3, day, hour, minute).atZone(WIB).toInstant());
	}

	/** A seed file's SOP content, as the sop module stores it. */
	private static String seedContent(String seed) throws IOException {
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource(seed).getInputStream()) {
			ObjectNode file = (ObjectNode) yaml.readTree(in);
			for (String placement : List.of("code", "kabupaten", "unit", "form", "revision")) {
				file.remove(placement);
			}
			SopContent content = yaml.treeToValue(file, SopContent.class);
			return JsonMapper.builder().build().writeValueAsString(content);
		}
	}

	private boolean holdsAdvisoryLock() {
		return this.jdbc.queryForObject(
				"select exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid())",
				Boolean.class);
	}

}
