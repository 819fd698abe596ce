package id.alurkerja.sop.admin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may administer: a non-admin gets 403 everywhere under /admin; an admin of another
 * kabupaten finds nothing (404); a unit SOP admin edits the SOPs of that unit only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopAdminAccessTests {

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/sop", "/admin/sop/DPMPEMDES-CTADES-01",
			"/admin/sop/DPMPEMDES-CTADES-01/draft", "/admin/sop/DPMPEMDES-CTADES-01/compare?from=1&to=1",
			"/admin/sop/DPMPEMDES-CTADES-01/draft/steps/0", "/admin/log", "/admin/org", "/admin/org/units",
			"/admin/org/people", "/admin/org/positions", "/admin/org/acting", "/admin/settings",
			"/admin/settings/holidays", "/admin/settings/numbering");

	static final List<String> ADMIN_POSTS = List.of("/admin/sop", "/admin/sop/DPMPEMDES-CTADES-01/draft/new",
			"/admin/sop/DPMPEMDES-CTADES-01/draft/publish", "/admin/sop/DPMPEMDES-CTADES-01/draft/identity",
			"/admin/org/people", "/admin/settings/holidays");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNonAdminIsForbiddenEveryAdminPageAndAction() {
		WebSession session = new WebSession(this.port);
		session.login("kasi.kerjasama.sanggau", "alurdemo");
		String csrf = Jsoup.parse(session.get("/sop").body()).select("input[name=_csrf]").attr("value");
		for (String path : ADMIN_PAGES) {
			assertThat(session.get(path).statusCode()).as(path).isEqualTo(403);
		}
		for (String path : ADMIN_POSTS) {
			assertThat(session.post(path, Map.of("_csrf", csrf, "version", "0")).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(session.get("/inbox").body()).doesNotContain("href=\"/admin\"");
	}

	@Test
	void anAdminOfAnotherKabupatenFindsNoneOfSanggausSops() {
		Browser lamandau = new Browser(this.port, "admin.lamandau");
		assertThat(lamandau.page("/admin/sop").select("#sop-list").text()).contains("LMD-KSAD-01")
			.doesNotContain("DPMPEMDES");
		for (String path : List.of("/admin/sop/DPMPEMDES-CTADES-01", "/admin/sop/DPMPEMDES-CTADES-01/draft",
				"/admin/sop/DPMPEMDES-CTADES-01/compare?from=1&to=1")) {
			assertThat(lamandau.session.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String csrf = lamandau.page("/admin/sop").select("input[name=_csrf]").attr("value");
		assertThat(
				lamandau.session.post("/admin/sop/DPMPEMDES-CTADES-01/draft/new", Map.of("_csrf", csrf)).statusCode())
			.isEqualTo(404);
		assertThat(lamandau.session.get("/inbox").body()).contains("href=\"/admin\"");
	}

	@Test
	void aUnitSopAdminEditsOnlyTheSopsOfItsUnit() {
		String username = "sopadmin.pkd." + ThreadLocalRandom.current().nextInt(100000, 999999);
		Long kabupaten = this.jdbc.queryForObject("select id from kabupaten where name = 'Kabupaten Sanggau'",
				Long.class);
		Long unit = this.jdbc.queryForObject(
				"select id from unit where kabupaten_id = ? and name = 'Bidang Penataan dan Kerjasama Desa'",
				Long.class, kabupaten);
		Long person = this.jdbc.queryForObject(
				"insert into person (kabupaten_id, name) values (?, 'Admin SOP Bidang PKD') returning id", Long.class,
				kabupaten);
		String hash = this.jdbc.queryForObject(
				"select password_hash from user_account where username = 'kasi.kerjasama.sanggau'", String.class);
		this.jdbc.update(
				"insert into user_account (person_id, username, password_hash, sop_admin_unit_id) values (?, ?, ?, ?)",
				person, username, hash, unit);

		Browser unitAdmin = new Browser(this.port, username);
		assertThat(unitAdmin.page("/admin/sop").select("#sop-list").text()).contains("DPMPEMDES-CTADES-01")
			.doesNotContain("DPMPEMDES-PK-01");
		assertThat(unitAdmin.page("/admin/sop").select("#new-sop select[name=unitId] option").eachText())
			.containsExactlyInAnyOrder("Bidang Penataan dan Kerjasama Desa", "Seksi Kerjasama Desa");
		assertThat(unitAdmin.session.get("/admin/sop/DPMPEMDES-CTADES-01").statusCode()).isEqualTo(200);
		assertThat(unitAdmin.session.get("/admin/sop/DPMPEMDES-PK-01").statusCode()).isEqualTo(404);
		for (String path : List.of("/admin", "/admin/org", "/admin/settings", "/admin/log")) {
			assertThat(unitAdmin.session.get(path).statusCode()).as(path).isEqualTo(403);
		}
		String code = "UJI-UNIT-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.create(unitAdmin, code);
		assertThat(unitAdmin.page("/admin/sop").select("#sop-list").text()).contains(code);
	}

}
