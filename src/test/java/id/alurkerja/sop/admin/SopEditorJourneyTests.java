package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an admin builds a five-step SOP with a decision through the
 * editor's forms, publishes it, a user starts a case on it; a new revision changes the
 * first step's time standard and is published: the running case keeps the old due time, a
 * new case gets the new one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarService calendars;

	/**
	 * The catalogue tests expect the seed SOPs only: take the test's SOP out of force
	 * (the running cases keep their revision anyway).
	 */
	@AfterEach
	void withdrawTestSops() {
		this.jdbc.update("update sop_revision set status = 'RETIRED' where status = 'PUBLISHED' "
				+ "and sop_id in (select id from sop where code like 'UJI-%')");
	}

	@Test
	void anAdminBuildsAndRevisesAnSopWhileRunningCasesKeepTheirTimeStandard() {
		Browser admin = new Browser(this.port, "admin.sanggau");
		String code = "UJI-EDITOR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.createFiveStepSop(admin, code);

		// publish revision 1
		HttpResponse<String> published = admin.submit("/admin/sop/" + code + "/draft", "#publish-form", Map.of());
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(Browser.location(published)).endsWith("/admin/sop/" + code);
		Document overview = admin.page("/admin/sop/" + code);
		assertThat(overview.select("#revisions tbody tr")).hasSize(1);

		// everyone in the kabupaten sees it in the official format
		Browser kasi = new Browser(this.port, "kasi.kerjasama.sanggau");
		Document doc = kasi.page("/sop/" + code);
		assertThat(doc.text()).contains("Fasilitasi Permohonan Uji Editor", "1 Hari");

		// a user starts a case: the first step is due one working day later
		Long oldCase = start(code);
		Instant oldCreated = createdAt(oldCase);
		Instant oldDue = dueAt(oldCase);
		assertThat(oldDue).isEqualTo(this.calendars.calendar().plusWorkingDays(oldCreated, 1));

		// a new revision changes the first step's time standard to 3 working days
		HttpResponse<String> draft = admin.submit("/admin/sop/" + code, "form[action$='/draft/new']", Map.of());
		assertThat(draft.statusCode()).isEqualTo(302);
		HttpResponse<String> saved = admin.submit("/admin/sop/" + code + "/draft/steps/0", "#step-form",
				Map.of("timeMin", "1", "timeMax", "3", "timeUnit", "HARI_KERJA"));
		assertThat(saved.statusCode()).isEqualTo(302);
		Document editor = admin.page("/admin/sop/" + code + "/draft");
		assertThat(editor.select("#no-problems")).hasSize(1);
		assertThat(editor.select("#preview").text()).contains("1-3 Hari");
		assertThat(admin.submit(editor, "#publish-form", Map.of()).statusCode()).isEqualTo(302);

		// the running case keeps revision 1 and its due time; a new case runs on revision
		// 2
		assertThat(dueAt(oldCase)).isEqualTo(oldDue);
		assertThat(revisionOf(oldCase)).isEqualTo(1);
		Long newCase = start(code);
		assertThat(revisionOf(newCase)).isEqualTo(2);
		assertThat(dueAt(newCase)).isEqualTo(this.calendars.calendar().plusWorkingDays(createdAt(newCase), 3));
		assertThat(this.jdbc.queryForObject("""
				select status from sop_revision r join sop s on s.id = r.sop_id where s.code = ? and r.number = 1""",
				String.class, code))
			.isEqualTo("RETIRED");

		// the comparison shows the changed time standard of step 1
		Document compare = admin.page("/admin/sop/" + code + "/compare");
		assertThat(compare.select(".step-change[data-step=1] tr[data-field=time]").text()).contains("1 Hari",
				"1-3 Hari");
		assertThat(compare.select(".step-change")).hasSize(1);

		// and the admin log tells who did it
		Document log = admin.page("/admin/log");
		assertThat(log.select(".admin-log-entry").text()).contains(code + " revisi 2", "admin.sanggau");
	}

	@Test
	void aNewSopsKopStartsFromItsUnit() {
		Browser admin = new Browser(this.port, "admin.sanggau");
		String code = "UJI-KOP-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.create(admin, code);
		Document editor = admin.page("/admin/sop/" + code + "/draft");
		assertThat(editor.select("#list-letterhead .admin-item-input").eachAttr("value")).containsExactly(
				"PEMERINTAH KABUPATEN SANGGAU", "DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA",
				"Bidang Penataan dan Kerjasama Desa", "Seksi Kerjasama Desa");
		assertThat(editor.select("#preview").text()).contains("PEMERINTAH KABUPATEN SANGGAU");
	}

	@Test
	void aNarrativeSopGetsADraftFromItsPublishedRevisionThatCanBeDiscarded() {
		Browser admin = new Browser(this.port, "admin.bartim");
		String code = "BTM-PPMD-01";
		assertThat(admin.submit("/admin/sop/" + code, "form[action$='/draft/new']", Map.of()).statusCode())
			.isEqualTo(302);
		Document editor = admin.page("/admin/sop/" + code + "/draft");
		assertThat(editor.select("#no-problems")).hasSize(1);
		assertThat(editor.select("div[id^=section-]")).isNotEmpty();
		assertThat(editor.select("#phases ~ form input[name=title]").eachAttr("value"))
			.contains("Perencanaan Kegiatan");
		// the preview is the official narrative document, as /sop/{code} shows it
		assertThat(editor.select("#preview .sop-narrative")).hasSize(1);
		// a section's paragraph edited as a list item, then compared with the published
		// revision
		SopEditorSteps.post(admin, "/admin/sop/" + code + "/draft", "#section-0 div.ms-3 > form:last-of-type",
				Map.of("value", "Paragraf tambahan uji."));
		Document compare = admin.page("/admin/sop/" + code + "/compare");
		assertThat(compare.select("#identity-changes").text()).contains("Bagian naskah", "Paragraf tambahan uji.");
		assertThat(compare.select(".step-change")).isEmpty();
		assertThat(admin.submit("/admin/sop/" + code + "/draft", "#discard-form", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(admin.session.get("/admin/sop/" + code + "/draft").statusCode()).isEqualTo(302);
		assertThat(admin.page("/admin/sop/" + code).select("#revisions tbody tr")).hasSize(1);
		assertThat(admin.page("/admin/log").select(".admin-log-entry").text()).contains("Draf SOP dibuang",
				"BTM-PPMD-01 revisi 2");
	}

	private Long start(String code) {
		AlurUser user = (AlurUser) this.users.loadUserByUsername("kasi.kerjasama.sanggau");
		return this.cases.start(user,
				new StartCase(code, "Uji editor SOP", "Desa Sei Tekam", null, null, LocalDate.now(), Sifat.BIASA));
	}

	private Instant dueAt(Long caseId) {
		return this.jdbc
			.queryForObject("select due_at from task where case_id = ? and status = 'OPEN'", Timestamp.class, caseId)
			.toInstant();
	}

	private Instant createdAt(Long caseId) {
		return this.jdbc
			.queryForObject("select created_at from task where case_id = ? and status = 'OPEN'", Timestamp.class,
					caseId)
			.toInstant();
	}

	private int revisionOf(Long caseId) {
		return this.jdbc.queryForObject(
				"select r.number from case_file c join sop_revision r on r.id = c.sop_revision_id where c.id = ?",
				Integer.class, caseId);
	}

}
