package id.alurkerja.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.alurkerja.audit.CaseHistory;
import id.alurkerja.calendar.CalendarService;
import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.Flag;
import id.alurkerja.reports.evaluation.Period;
import id.alurkerja.reports.evaluation.StepFigures;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.TimeUnit;
import id.alurkerja.shared.CaseId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small hand-computed history of seed 004 (Penyusunan Perjanjian Kinerja) in May 2027,
 * when no generated case runs: step 3 "3 Jam" done five times across a weekend and the
 * Kenaikan Yesus Kristus holiday (Thursday 6 May 2027), step 4 once with Tidak.
 * <p>
 * Step 3 in office hours (08:00-16:00 WIB): a Mon 09:00→10:00 = 1 h; b Mon 13:00→Tue
 * 09:00 = 4 h; c Wed 15:00→Fri 10:00 over the holiday = 3 h; d Fri 14:00→Mon 09:30 over
 * the weekend = 3.5 h; e Mon 07:00→08:30 before opening = 0.5 h. Sorted 0.5, 1, 3, 3.5,
 * 4: median 3, P90 at 0.9 × 4 = 3.6 → 3.5 + 0.6 × 0.5 = 3.8. Due after 3 working hours: b
 * and d are late, so 3 of 5 within (60%) and 2 overdue (40%, many overdue).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationReportTests {

	static final String SOP = "DPMPEMDES-PK-01";

	static final Period MAY_2027 = new Period(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31));

	static final String MAY_QUERY = "from=2027-05-01&to=2027-05-31";

	private static boolean loaded;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	SopCatalog catalog;

	@Autowired
	CalendarService calendars;

	@Autowired
	CaseHistory history;

	@BeforeEach
	void handHistory() {
		synchronized (EvaluationReportTests.class) {
			if (loaded) {
				return;
			}
			loaded = true;
		}
		Long kabupaten = this.jdbc.queryForObject("select id from kabupaten where code = 'SGU'", Long.class);
		SopRevisionView revision = this.catalog.published(kabupaten, SOP).orElseThrow();
		Long kasi = position(kabupaten, "kasi-keuangan-aset");
		Long kadis = position(kabupaten, "kadis-dpmpd");
		Long person = this.jdbc.queryForObject(
				"select person_id from position_assignment where position_id = ? and kind = 'DEFINITIF' limit 1",
				Long.class, kasi);
		Long caseId = this.jdbc.queryForObject("""
				insert into case_file (kabupaten_id, unit_id, sop_revision_id, registration_no, registration_year,
				  registration_seq, perihal, surat_dari, received_on, sifat, status, started_at, ended_at,
				  created_by_person_id)
				values (?, ?, ?, 'SGU/2099/00001', 2099, 1, 'Perjanjian Kinerja uji', 'Bagian Umum', '2027-05-03',
				  'BIASA', 'SELESAI', ?, ?, ?) returning id""", Long.class, kabupaten, revision.unitId(),
				revision.revisionId(), at(3, 8, 0), at(10, 10, 0), person);
		Long a = task(caseId, kabupaten, "3", kasi, at(3, 9, 0), at(3, 10, 0), at(3, 12, 0), "DONE", person, kadis,
				"PLH", "cetak");
		Long b = task(caseId, kabupaten, "3", kasi, at(3, 13, 0), at(4, 9, 0), at(4, 8, 0), "DONE", person, kasi,
				"DEFINITIF", "cetak");
		Long c = task(caseId, kabupaten, "3", kasi, at(5, 15, 0), at(7, 10, 0), at(7, 10, 0), "DONE", person, kasi,
				"DEFINITIF", null);
		task(caseId, kabupaten, "3", kasi, at(7, 14, 0), at(10, 9, 30), at(10, 9, 0), "DONE", person, kasi, "DEFINITIF",
				"cetak");
		task(caseId, kabupaten, "3", kasi, at(10, 7, 0), at(10, 8, 30), at(10, 11, 0), "DONE", person, kasi,
				"DEFINITIF", "cetak");
		task(caseId, kabupaten, "4", kasi, at(4, 10, 0), at(4, 10, 20), at(4, 10, 15), "TIDAK", person, kasi,
				"DEFINITIF", "cetak");
		this.jdbc.update("""
				insert into task (case_id, kabupaten_id, step_no, lane_key, position_id, status, created_at,
				  return_reason, returned_from_step)
				values (?, ?, '5', 'kasi', ?, 'OPEN', ?, 'Lampiran kurang', '4')""", caseId, kabupaten, kasi,
				at(4, 10, 20));
		this.jdbc.update("""
				insert into delegation (task_id, from_person_id, from_position_id, to_position_id, arahan, sifat,
				  created_at, status)
				values (?, ?, ?, ?, 'Siapkan draf', 'BIASA', ?, 'CLOSED')""", b, person, kasi, kasi, at(3, 14, 0));
		Long document = this.jdbc.queryForObject(
				"insert into case_document (case_id, title, created_at) values (?, 'Draf', ?) returning id", Long.class,
				caseId, at(7, 9, 0));
		this.jdbc.update("""
				insert into document_version (document_id, number, task_id, step_no, file_name, content_type,
				  size_bytes, sha256, uploaded_by_person_id, uploaded_at, kabupaten_id)
				values (?, 1, ?, '3', 'draf.pdf', 'application/pdf', 10, ?, ?, ?, ?)""", document, c, "a".repeat(64),
				person, at(7, 9, 0), kabupaten);
		assertThat(a).isNotNull();
	}

	@Test
	void medianAndPercentileCountOfficeHoursAcrossAWeekendAndAHoliday() {
		Evaluation e = evaluate();
		StepFigures three = step(e, "3");
		assertThat(three.unit()).isEqualTo(TimeUnit.JAM);
		assertThat(three.completed()).isEqualTo(5);
		assertThat(three.median()).isCloseTo(3.0, within(1e-9));
		assertThat(three.p90()).isCloseTo(3.8, within(1e-9));
		assertThat(three.withStandard()).isEqualTo(5);
		assertThat(three.within()).isEqualTo(3);
		assertThat(three.withinShare()).isCloseTo(0.6, within(1e-9));
		assertThat(three.overdue()).isEqualTo(2);
		assertThat(three.byLane()).isEqualTo(3);
		assertThat(three.byActing()).isEqualTo(1);
		assertThat(three.delegated()).isEqualTo(1);
		assertThat(three.outputPresent()).isEqualTo(1);
		assertThat(three.outputMissing()).isEqualTo(4);
		assertThat(three.flags()).containsExactly(Flag.MANY_OVERDUE);
		assertThat(three.proposedBaik()).isFalse();
	}

	@Test
	void aTidakCountsAsAReturnOfTheDecidingStepWithItsReason() {
		StepFigures four = step(evaluate(), "4");
		assertThat(four.completed()).isEqualTo(1);
		assertThat(four.unit()).isEqualTo(TimeUnit.MENIT);
		assertThat(four.median()).isCloseTo(20.0, within(1e-9));
		assertThat(four.returns()).isEqualTo(1);
		assertThat(four.reasons()).containsExactly(new StepFigures.Reason("Lampiran kurang", 1));
		assertThat(four.flags()).isEmpty();
		assertThat(step(evaluate(), "5").completed()).isZero();
	}

	@Test
	void theSqlWorkingTimeAgreesWithTheWorkingCalendar() {
		var calendar = this.calendars.calendar();
		// d: Friday 14:00 to Monday 09:30 is 210 office minutes, 3.5 hours
		assertThat(calendar.workingMinutesBetween(at(7, 14, 0).toInstant(), at(10, 9, 30).toInstant())).isEqualTo(210);
		// c: over the holiday
		assertThat(calendar.workingMinutesBetween(at(5, 15, 0).toInstant(), at(7, 10, 0).toInstant())).isEqualTo(180);
	}

	@Test
	void staffGetForbiddenAndAnotherKabupatensSopIsNotFound() {
		ReportsSession staff = new ReportsSession(this.port, "staf.kerjasama.sanggau");
		assertThat(staff.get("/reports").statusCode()).isEqualTo(403);
		assertThat(staff.get("/reports/sop/" + SOP).statusCode()).isEqualTo(403);
		assertThat(staff.get("/inbox").body()).doesNotContain("href=\"/reports\"");
		ReportsSession kadis = new ReportsSession(this.port, "kadis.sanggau");
		assertThat(kadis.get("/reports/sop/LMD-KSAD-01").statusCode()).isEqualTo(404);
		assertThat(kadis.get("/inbox").body()).contains("href=\"/reports\"");
		// the Camat of Sekayam heads no unit that owns the DPMPD SOPs
		assertThat(new ReportsSession(this.port, "camat.sanggau").get("/reports/sop/" + SOP).statusCode())
			.isEqualTo(403);
		assertThat(new ReportsSession(this.port, "camat.benualima").get("/reports/sop/BTM-PPMD-01").statusCode())
			.isEqualTo(200);
		assertThat(new ReportsSession(this.port, "admin.lamandau").get("/reports/sop/LMD-KSAD-01").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aHeadSeesTheEvaluationWithFlaggedStepsAndTheDashboard() {
		ReportsSession kadis = new ReportsSession(this.port, "kadis.sanggau");
		HttpResponse<String> page = kadis.get("/reports/sop/" + SOP + "?" + MAY_QUERY);
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("tr[data-step=3] td[data-col=median]").text()).startsWith("3 jam");
		assertThat(html.select("tr[data-step=3] td[data-col=p90]").text()).isEqualTo("3,8 jam");
		// a step without a time standard gets no proposed verdict on the monitoring form
		assertThat(html.select(".proposal-none")).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.text()).startsWith("Tanpa usulan"));
		assertThat(html.select(".report-flags [data-flag=MANY_OVERDUE]")).hasSize(1);
		assertThat(html.select("svg.report-chart")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.body()).doesNotContain("style=");
		HttpResponse<String> dashboard = kadis.get("/reports");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("DPMPEMDES-CTADES-01");
		// every SOP the head may evaluate is one link away, running cases or not
		assertThat(Jsoup.parse(dashboard.body()).select("#sops a").eachAttr("href"))
			.contains("/reports/sop/DPMPEMDES-CTADES-01", "/reports/sop/DPMPEMDES-PK-01")
			.noneMatch(href -> href.contains("LMD-") || href.contains("BTM-"));
	}

	@Test
	void onRequestTheStepsAreBrokenDownByOriginUnitAndACaseWithoutOneIsADash() {
		ReportsSession kadis = new ReportsSession(this.port, "kadis.sanggau");
		Document plain = Jsoup.parse(kadis.get("/reports/sop/" + SOP + "?" + MAY_QUERY).body());
		assertThat(plain.select("#by-origin table")).isEmpty();
		assertThat(plain.select("#by-origin a").attr("href")).contains("byOrigin=true");
		Document html = Jsoup.parse(kadis.get("/reports/sop/" + SOP + "?" + MAY_QUERY + "&byOrigin=true").body());
		// the hand history's one case has no origin unit: its step 3 stands as one row,
		// "—"
		assertThat(html.select("#by-origin tr[data-step=3]")).hasSize(1);
		assertThat(html.select("#by-origin tr[data-step=3]").attr("data-origin")).isEqualTo("—");
		assertThat(html.select("#by-origin tr[data-step=3] td[data-col=median]").text()).startsWith("3 jam");
		assertThat(html.select("#by-origin tr[data-step=3] td").get(3).text()).isEqualTo("5");
	}

	@Test
	void theStepTableDownloadsAsXlsxWithTheFigures() throws IOException {
		HttpResponse<byte[]> file = new ReportsSession(this.port, "kadis.sanggau")
			.bytes("/reports/sop/" + SOP + "/steps.xlsx?" + MAY_QUERY);
		assertThat(file.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row three = rows.stream().filter(r -> "3".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(three.getCellAsNumber(5)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(5));
			assertThat(three.getCellAsNumber(6)).hasValueSatisfying(v -> assertThat(v.doubleValue()).isEqualTo(3.0));
			assertThat(three.getCellAsNumber(7)).hasValueSatisfying(v -> assertThat(v.doubleValue()).isEqualTo(3.8));
			assertThat(three.getCellAsNumber(9)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(2));
		}
		HttpResponse<String> csv = new ReportsSession(this.port, "kadis.sanggau")
			.get("/reports/sop/" + SOP + "/cases.csv?" + MAY_QUERY);
		assertThat(csv.body()).contains("SGU/2099/00001");
	}

	@Test
	void theMonitoringFormIsSavedEditedInitialledListedAndPrinted() throws IOException {
		ReportsSession kadis = new ReportsSession(this.port, "kadis.sanggau");
		Document page = Jsoup.parse(kadis.get("/reports/sop/" + SOP + "?" + MAY_QUERY).body());
		var save = page.select("form[action*=/forms]").first();
		HttpResponse<String> saved = kadis.post(save.attr("action"),
				Map.of("_csrf", save.select("input[name=_csrf]").attr("value")));
		assertThat(saved.statusCode()).isEqualTo(302);
		String formPath = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(formPath).matches("/reports/forms/\\d+");

		Document form = Jsoup.parse(kadis.get(formPath).body());
		assertThat(form.select("select[name=penilaian-3] option[selected]").attr("value")).isEqualTo("TIDAK");
		Map<String, String> edit = form.select("form[action=" + formPath + "] :is(input,textarea,select)")
			.stream()
			.filter(el -> !el.attr("name").isEmpty())
			.collect(Collectors.toMap(el -> el.attr("name"), el -> el.is("select")
					? el.select("option[selected]").attr("value") : el.is("textarea") ? el.text() : el.attr("value"),
					(x, y) -> x));
		edit.put("tindakan-3", "Tambah satu staf pengonsep surat");
		assertThat(kadis.post(formPath, edit).statusCode()).isEqualTo(302);

		form = Jsoup.parse(kadis.get(formPath).body());
		var paraf = form.select("form[action$=/paraf]").first();
		assertThat(
				kadis
					.post(paraf.attr("action"), Map.of("_csrf", paraf.select("input[name=_csrf]").attr("value"),
							"version", paraf.select("input[name=version]").attr("value")))
					.statusCode())
			.isEqualTo(302);
		form = Jsoup.parse(kadis.get(formPath).body());
		assertThat(form.select("textarea")).isEmpty();
		assertThat(form.text()).contains("Tambah satu staf pengonsep surat").contains("Diparaf penilai");
		assertThat(this.jdbc.queryForObject("select count(*) from sop_evaluation where paraf_at is not null",
				Integer.class))
			.isPositive();
		assertThat(Jsoup.parse(kadis.get("/reports/sop/" + SOP + "?" + MAY_QUERY).body())
			.select(".report-saved li")
			.text()).contains("sudah diparaf");

		HttpResponse<byte[]> pdf = kadis.bytes(formPath + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("FORMULIR MONITORING PELAKSANAAN SOP")
				.contains("Meminta koreksian")
				.contains("Tidak berjalan dengan baik")
				.contains("Tambah satu staf pengonsep surat")
				.contains("3,8");
		}
	}

	@Test
	void theDemoHistoryIsLoadedOnceWithValidChains() {
		assertThat(this.jdbc.queryForObject("select count(*) from generator_run where kind = 'DEMO_HISTORY'",
				Integer.class))
			.isEqualTo(1);
		Integer cases = this.jdbc.queryForObject("select count(*) from case_file", Integer.class);
		assertThat(cases).isGreaterThan(300);
		List<Long> sample = this.jdbc.queryForList(
				"select case_id from case_event where type = 'STEP_RETURNED' order by case_id limit 5", Long.class);
		assertThat(sample).isNotEmpty();
		for (Long id : sample) {
			assertThat(this.history.verify(CaseId.of(id)).intact()).as("chain of case " + id).isTrue();
		}
		Evaluation year = this.evaluations
			.evaluate(this.jdbc.queryForObject("select id from kabupaten where code = 'SGU'", Long.class),
					"DPMPEMDES-CTADES-01", null, Period.preset(null, LocalDate.now()), null)
			.orElseThrow();
		assertThat(year.steps().get(0).completed()).isGreaterThan(50);
		assertThat(year.steps().get(0).withinShare()).isBetween(0.5, 0.99);
	}

	private Evaluation evaluate() {
		Long kabupaten = this.jdbc.queryForObject("select id from kabupaten where code = 'SGU'", Long.class);
		return this.evaluations.evaluate(kabupaten, SOP, null, MAY_2027, null).orElseThrow();
	}

	private static StepFigures step(Evaluation e, String no) {
		return e.steps().stream().filter(s -> s.no().equals(no)).findFirst().orElseThrow();
	}

	private Long position(Long kabupaten, String code) {
		return this.jdbc.queryForObject("select id from position where kabupaten_id = ? and code = ?", Long.class,
				kabupaten, code);
	}

	private Long task(Long caseId, Long kabupaten, String step, Long position, Timestamp created, Timestamp completed,
			Timestamp due, String outcome, Long person, Long byPosition, String acting, String missing) {
		return this.jdbc.queryForObject("""
				insert into task (case_id, kabupaten_id, step_no, lane_key, position_id, status, created_at, taken_at,
				  completed_at, due_at, outcome, completed_by_person_id, completed_by_position_id, completed_acting,
				  output_missing_reason)
				values (?, ?, ?, 'kasi', ?, 'DONE', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, caseId,
				kabupaten, step, position, created, completed, completed, due, outcome, person, byPosition, acting,
				(missing != null) ? "Diserahkan dalam bentuk " + missing : null);
	}

	private static Timestamp at(int mayDay, int hour, int minute) {
		return Timestamp
			.from(LocalDateTime.of(2027, 5, mayDay, hour, minute).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
	}

}
