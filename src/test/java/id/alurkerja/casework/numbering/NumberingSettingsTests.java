package id.alurkerja.casework.numbering;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbering tab of the settings through its page: a unit's number pattern and code,
 * classification codes, and two admins saving the same unit's row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NumberingSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from klasifikasi_arsip where code = '999.9'");
	}

	@Test
	void aUnitsNumberPatternNeedsTheRunningNumberAndClassificationCodesAreKept() {
		WebSession admin = login();
		Long unit = this.jdbc.queryForObject("select u.id from unit u join kabupaten k on k.id = u.kabupaten_id "
				+ "where k.name = 'Kabupaten Barito Timur' and u.name = 'Kecamatan Benua Lima'", Long.class);
		WebSession bartim = new WebSession(this.port);
		bartim.login("admin.bartim", "alurdemo");
		String row = "#unit-" + unit + " form";
		submit(bartim, "/admin/settings/numbering", row, Map.of("pattern", "{klasifikasi}/{kode-unit}/{tahun}"));
		assertThat(Jsoup.parse(bartim.get("/admin/settings/numbering").body()).select(".alert-danger").text())
			.contains("{urut}");
		submit(bartim, "/admin/settings/numbering", row, Map.of("pattern", "{klasifikasi}/{urut}/{kode-unit}/{tahun}"));
		assertThat(Jsoup.parse(bartim.get("/admin/settings/numbering").body()).select("#unit-" + unit + " code").text())
			.isEqualTo("000.8.3.3/15/B.Lima/" + LocalDate.now().getYear());
		// another kabupaten's admin does not see Benua Lima
		assertThat(admin.get("/admin/settings/numbering").body()).doesNotContain("Kecamatan Benua Lima");

		submit(admin, "/admin/settings/numbering", "#add-klasifikasi", Map.of("code", "99x", "name", "Salah"));
		assertThat(Jsoup.parse(admin.get("/admin/settings/numbering").body()).select(".alert-danger").text())
			.contains("tiga digit");
		submit(admin, "/admin/settings/numbering", "#add-klasifikasi", Map.of("code", "999.9", "name", "Uji kode"));
		assertThat(this.jdbc.queryForObject("select name from klasifikasi_arsip where code = '999.9'", String.class))
			.isEqualTo("Uji kode");
	}

	@Test
	void aStaleNumberingRowIsToldAndKeepsItsPattern() {
		WebSession first = login("admin.sanggau");
		WebSession second = login("admin.sanggau");
		Long unit = this.jdbc.queryForObject(
				"select u.id from unit u join person p on p.kabupaten_id = u.kabupaten_id join user_account a on a.person_id = p.id where u.code = 'KSD' and a.username = 'admin.sanggau'",
				Long.class);
		String row = "#unit-" + unit + " form";
		Document firstPage = page(first, "/admin/settings/numbering");
		Document secondPage = page(second, "/admin/settings/numbering");
		String before = firstPage.select(row + " input[name=pattern]").val();
		try {
			assertThat(submit(first, firstPage, row, Map.of("pattern", "{klasifikasi}/{urut}/PERTAMA/{tahun}"))
				.statusCode()).isEqualTo(302);
			HttpResponse<String> refused = submit(second, secondPage, row,
					Map.of("pattern", "{klasifikasi}/{urut}/KEDUA/{tahun}"));
			assertThat(refused.statusCode()).isEqualTo(409);
			Document kept = Jsoup.parse(refused.body());
			assertThat(kept.select("#conflict")).hasSize(1);
			assertThat(kept.select(row + " input[name=pattern]").val()).isEqualTo("{klasifikasi}/{urut}/KEDUA/{tahun}");
			assertThat(page(first, "/admin/settings/numbering").select(row + " input[name=pattern]").val())
				.isEqualTo("{klasifikasi}/{urut}/PERTAMA/{tahun}");
		}
		finally {
			Document now = page(first, "/admin/settings/numbering");
			submit(first, now, row, Map.of("pattern", before));
		}
	}

	private WebSession login() {
		return login("admin.sanggau");
	}

	private WebSession login(String username) {
		WebSession session = new WebSession(this.port);
		session.login(username, "alurdemo");
		return session;
	}

	private static Document page(WebSession session, String path) {
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static HttpResponse<String> submit(WebSession session, String path, String selector,
			Map<String, String> changes) {
		return submit(session, Jsoup.parse(session.get(path).body()), selector, changes);
	}

	private static HttpResponse<String> submit(WebSession session, Document page, String selector,
			Map<String, String> changes) {
		Element form = page.selectFirst(selector);
		assertThat(form).as(selector).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
		fields.putAll(changes);
		return session.post(form.attr("action"), fields);
	}

}
