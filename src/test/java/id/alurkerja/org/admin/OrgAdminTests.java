package id.alurkerja.org.admin;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.sop.DraftChanges;
import id.alurkerja.sop.DraftChanges.LaneFields;
import id.alurkerja.sop.DraftChanges.ListOp;
import id.alurkerja.sop.DraftChanges.StepFields;
import id.alurkerja.sop.SopEditor;
import id.alurkerja.sop.SopForm;
import id.alurkerja.sop.StepKind;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The organisation admin through its pages: units, positions, people with the NIP check,
 * accounts (a disabled user's open task and dispositions return to the position),
 * Plt./Plh., the admin log, and another kabupaten's admin finding none of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrgAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SopEditor editor;

	@Autowired
	CaseService cases;

	@AfterEach
	void withdrawTestSops() {
		this.jdbc.update("update sop_revision set status = 'RETIRED' where status = 'PUBLISHED' "
				+ "and sop_id in (select id from sop where code like 'UJI-%')");
	}

	@Test
	void aNipIsCheckedWhenGivenAndTheFormKeptWhenWrong() {
		WebSession admin = login("admin.sanggau");
		String name = "Pegawai Uji NIP " + rnd();
		// 19 digits, as in seed 001's signatory
		HttpResponse<String> refused = submit(admin, "/admin/org/people", "#add-person",
				Map.of("name", name, "nip", "19699060 819900 3 1004"));
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#nip-error").text()).isEqualTo("NIP harus 18 digit, yang diisi 19 digit.");
		assertThat(page.select("#add-person input[name=name]").val()).isEqualTo(name);

		assertThat(
				submit(admin, "/admin/org/people", "#add-person", Map.of("name", name, "nip", "19900101 201001 3 001"))
					.statusCode())
			.isEqualTo(422);
		HttpResponse<String> saved = submit(admin, "/admin/org/people", "#add-person", Map.of("name", name, "nip",
				"19900101 2015" + String.format("%02d", 1 + rnd() % 12) + " 1 " + String.format("%03d", rnd() % 1000)));
		assertThat(saved.statusCode()).isEqualTo(302);
		// no NIP at all is fine (Bupati, Kepala Desa)
		assertThat(submit(admin, "/admin/org/people", "#add-person", Map.of("name", name + " tanpa NIP")).statusCode())
			.isEqualTo(302);
		assertThat(admin.get("/admin/log").body()).contains(name);
	}

	@Test
	void aDisabledUsersOpenTaskReturnsToThePositionsInbox() {
		WebSession admin = login("admin.sanggau");
		String n = String.valueOf(rnd());
		// a unit and a position of their own, so that demo positions keep their holders
		assertThat(submit(admin, "/admin/org/units", "#add-unit", Map.of("name", "Seksi Uji " + n, "code", "SU" + n,
				"kind", "SEKSI", "parentId", unitId("Bidang Penataan dan Kerjasama Desa").toString()))
			.statusCode()).isEqualTo(302);
		Long unit = unitId("Seksi Uji " + n);
		assertThat(
				submit(admin, "/admin/org/positions", "#add-position",
						Map.of("title", "Pengadministrasi Uji " + n, "code", "uji-" + n, "rank", "8", "unitId",
								unit.toString(), "superiorId", positionId("kasi-kerjasama").toString()))
					.statusCode())
			.isEqualTo(302);
		HttpResponse<String> added = submit(admin, "/admin/org/people", "#add-person",
				Map.of("name", "Pegawai Uji " + n));
		String personPage = WebSession.location(added).replaceFirst("^https?://[^/]+", "");
		assertThat(submit(admin, personPage, "#appoint-form",
				Map.of("positionId", positionId("uji-" + n).toString(), "kind", "DEFINITIF", "start", "2024-01-02"))
			.statusCode()).isEqualTo(302);
		assertThat(submit(admin, personPage, "#account-form",
				Map.of("username", "pegawai.uji." + n, "password", "rahasia-uji-" + n))
			.statusCode()).isEqualTo(302);

		// the new person signs in, and takes a task of their position
		WebSession pegawai = new WebSession(this.port);
		assertThat(WebSession.location(pegawai.login("pegawai.uji." + n, "rahasia-uji-" + n))).endsWith("/inbox");
		AlurUser user = (AlurUser) this.users.loadUserByUsername("pegawai.uji." + n);
		String code = publishTwoStepSop("uji-" + n, n);
		Long caseId = this.cases.start(user,
				new StartCase(code, "Uji penonaktifan", "Desa Sei Tekam", null, null, LocalDate.now(), Sifat.BIASA));
		Map<String, Object> task = this.jdbc
			.queryForMap("select id, version from task where case_id = ? and status = 'OPEN'", caseId);
		this.cases.take(user, (Long) task.get("id"), (Long) task.get("version"));
		assertThat(assignee(caseId)).isEqualTo(user.personId());
		// and an open disposition names them (as their Kasi would address it)
		Long delegation = this.jdbc.queryForObject("""
				insert into delegation (task_id, from_person_id, from_position_id, to_position_id, to_person_id, arahan,
				  sifat, created_at, status)
				values (?, ?, ?, ?, ?, 'Mohon ditindaklanjuti', 'BIASA', now(), 'OPEN') returning id""", Long.class,
				task.get("id"), user.personId(), positionId("uji-" + n), positionId("uji-" + n), user.personId());

		// disabled: the task is the position's again, and the account cannot sign in
		assertThat(submit(admin, personPage, "#disable-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(assignee(caseId)).isNull();
		// the disposition is the position's: whoever holds it may report back
		assertThat(this.jdbc.queryForMap("select to_person_id, status from delegation where id = ?", delegation))
			.containsEntry("to_person_id", null)
			.containsEntry("status", "OPEN");
		assertThat(WebSession.location(new WebSession(this.port).login("pegawai.uji." + n, "rahasia-uji-" + n)))
			.contains("/login?error");
		assertThat(Jsoup.parse(admin.get(personPage).body()).select("#enable-form")).hasSize(1);

		// password reset and enabled again: signs in with the new password
		assertThat(submit(admin, personPage, "#password-form", Map.of("password", "baru-sekali-" + n)).statusCode())
			.isEqualTo(302);
		assertThat(submit(admin, personPage, "#enable-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(WebSession.location(new WebSession(this.port).login("pegawai.uji." + n, "baru-sekali-" + n)))
			.endsWith("/inbox");
		String log = Jsoup.parse(admin.get("/admin/log").body()).select(".admin-log-entry").text();
		assertThat(log).contains("Akun dinonaktifkan", "Kata sandi diatur ulang", "Akun diaktifkan",
				"pegawai.uji." + n);
		assertThat(log).doesNotContain("baru-sekali-" + n);
	}

	@Test
	void actingOfficialsHaveDatesWithinTheUsualLimitsAndStayInTheHistory() {
		WebSession admin = login("admin.sanggau");
		HttpResponse<String> added = submit(admin, "/admin/org/people", "#add-person",
				Map.of("name", "Calon Plh Uji " + rnd()));
		String personPage = WebSession.location(added).replaceFirst("^https?://[^/]+", "");
		Long kadis = positionId("kadis-dpmpd");
		// a Plh. for four months is refused
		HttpResponse<String> tooLong = submit(admin, personPage, "#appoint-form",
				Map.of("positionId", kadis.toString(), "kind", "PLH", "start", "2025-01-06", "end", "2025-05-30"));
		assertThat(tooLong.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(admin.get(personPage).body()).select(".alert-danger").text())
			.contains("Plh. paling lama tiga bulan");
		// two weeks in the past is fine and listed as ended, beside the seed's March 2026
		// one
		assertThat(submit(admin, personPage, "#appoint-form",
				Map.of("positionId", kadis.toString(), "kind", "PLH", "start", "2025-01-06", "end", "2025-01-17"))
			.statusCode()).isEqualTo(302);
		Document acting = Jsoup.parse(admin.get("/admin/org/acting").body());
		assertThat(acting.select("#acting-list tr").eachText()).anyMatch(t -> t.contains("2025-01-06"))
			.anyMatch(t -> t.contains("2026-03-02"));
	}

	@Test
	void anotherKabupatensAdminSeesNoneOfSanggausOrganisation() {
		WebSession lamandau = login("admin.lamandau");
		Long sanggauPerson = personId("Yosef Hendra Wibisono, S.AP");
		Long sanggauPosition = positionId("kasi-kerjasama");
		assertThat(lamandau.get("/admin/org/people").body()).doesNotContain("Yosef Hendra Wibisono");
		assertThat(lamandau.get("/admin/org/units").body()).doesNotContain("Seksi Kerjasama Desa");
		assertThat(lamandau.get("/admin/org/positions").body()).doesNotContain("Kepala Seksi Kerjasama Desa");
		for (String path : List.of("/admin/org/people/" + sanggauPerson, "/admin/org/positions/" + sanggauPosition)) {
			assertThat(lamandau.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String csrf = Jsoup.parse(lamandau.get("/admin/org/people").body()).select("input[name=_csrf]").attr("value");
		assertThat(lamandau.post("/admin/org/people/" + sanggauPerson + "/account/disable", Map.of("_csrf", csrf))
			.statusCode()).isEqualTo(404);
		assertThat(lamandau
			.post("/admin/org/people/" + sanggauPerson, Map.of("_csrf", csrf, "name", "Diubah dari Lamandau"))
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select name from person where id = ?", String.class, sanggauPerson))
			.isEqualTo("Yosef Hendra Wibisono, S.AP");
		assertThat(Jsoup.parse(lamandau.get("/admin/log").body()).select(".admin-log-entry").text())
			.doesNotContain("admin.sanggau");
	}

	private String publishTwoStepSop(String position, String n) {
		AlurUser admin = (AlurUser) this.users.loadUserByUsername("admin.sanggau");
		String code = "UJI-ORG-" + n;
		this.editor.create(admin,
				new SopEditor.NewSop(code, unitId("Seksi Kerjasama Desa"), SopForm.FLOWCHART, "Uji penonaktifan"));
		long v = this.editor.draft(admin, code).orElseThrow().version();
		v = this.editor.edit(admin, code, v,
				DraftChanges.lane(ListOp.ADD, 0, new LaneFields("Pengadministrasi Uji", position, false, null)));
		v = this.editor.edit(admin, code, v, DraftChanges.step(ListOp.ADD, 0, null));
		v = this.editor.edit(admin, code, v, DraftChanges.step(ListOp.ADD, 0, null));
		v = this.editor.edit(admin, code, v, DraftChanges.step(ListOp.SET, 0, new StepFields("1", StepKind.START, "L1",
				"Menerima surat", null, null, null, null, null, null, null, null, null)));
		v = this.editor.edit(admin, code, v, DraftChanges.step(ListOp.SET, 1, new StepFields("2", StepKind.END, "L1",
				"Mengarsipkan", null, null, null, null, null, null, null, null, null)));
		this.editor.publish(admin, code, v, LocalDate.now());
		return code;
	}

	private Long assignee(Long caseId) {
		return this.jdbc.queryForObject("select assignee_person_id from task where case_id = ? and status = 'OPEN'",
				Long.class, caseId);
	}

	private WebSession login(String username) {
		WebSession session = new WebSession(this.port);
		session.login(username, "alurdemo");
		return session;
	}

	private HttpResponse<String> submit(WebSession session, String path, String selector, Map<String, String> changes) {
		Document page = Jsoup.parse(session.get(path).body());
		Element form = page.selectFirst(selector);
		assertThat(form).as(selector + " on " + path).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name]")) {
			if (input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
				continue;
			}
			fields.put(input.attr("name"), input.attr("value"));
		}
		for (Element select : form.select("select[name]")) {
			Element selected = select.selectFirst("option[selected]");
			selected = (selected != null) ? selected : select.selectFirst("option");
			fields.put(select.attr("name"), (selected != null) ? selected.attr("value") : "");
		}
		fields.putAll(changes);
		return session.post(form.attr("action"), fields);
	}

	private Long unitId(String name) {
		return this.jdbc.queryForObject("select u.id from unit u join kabupaten k on k.id = u.kabupaten_id "
				+ "where k.name = 'Kabupaten Sanggau' and u.name = ?", Long.class, name);
	}

	private Long positionId(String code) {
		return this.jdbc.queryForObject("select p.id from position p join kabupaten k on k.id = p.kabupaten_id "
				+ "where k.name = 'Kabupaten Sanggau' and p.code = ?", Long.class, code);
	}

	private Long personId(String name) {
		return this.jdbc.queryForObject("select p.id from person p join kabupaten k on k.id = p.kabupaten_id "
				+ "where k.name = 'Kabupaten Sanggau' and p.name = ?", Long.class, name);
	}

	private static int rnd() {
		return ThreadLocalRandom.current().nextInt(100000, 999999);
	}

}
