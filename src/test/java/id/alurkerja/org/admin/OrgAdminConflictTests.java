package id.alurkerja.org.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins edit the same person: the second save is told the person changed, the first
 * admin's change is kept, and the second keeps what they typed to save again; a stale
 * account action is refused the same way, and so are a stale unit row and a stale
 * position form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrgAdminConflictTests {

	@LocalServerPort
	int port;

	@Test
	void theSecondSaveOfAPersonIsToldAndKeepsItsForm() {
		WebSession first = login();
		WebSession second = login();
		String name = "Pegawai Uji Konflik " + ThreadLocalRandom.current().nextInt(100000, 999999);
		HttpResponse<String> created = submit(first, page(first, "/admin/org/people"), "#add-person",
				Map.of("name", name));
		assertThat(created.statusCode()).isEqualTo(302);
		String person = WebSession.location(created).replaceFirst("^https?://[^/]+", "");
		Document firstPage = page(first, person);
		Document secondPage = page(second, person);

		assertThat(submit(first, firstPage, "#person-form", Map.of("pangkat", "Penata")).statusCode()).isEqualTo(302);
		HttpResponse<String> refused = submit(second, secondPage, "#person-form",
				Map.of("pangkat", "Pembina", "email", "kedua@example.org"));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(refused.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#person-form input[name=pangkat]").val()).isEqualTo("Pembina");
		assertThat(kept.select("#person-form input[name=email]").val()).isEqualTo("kedua@example.org");
		assertThat(page(first, person).select("#person-form input[name=pangkat]").val()).isEqualTo("Penata");

		// saving the kept form again is a deliberate save over the newer person
		assertThat(submit(second, kept, "#person-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(page(first, person).select("#person-form input[name=pangkat]").val()).isEqualTo("Pembina");
	}

	@Test
	void aStaleAccountActionIsRefused() {
		WebSession admin = login();
		String name = "Pegawai Uji Akun " + ThreadLocalRandom.current().nextInt(100000, 999999);
		HttpResponse<String> created = submit(admin, page(admin, "/admin/org/people"), "#add-person",
				Map.of("name", name));
		String person = WebSession.location(created).replaceFirst("^https?://[^/]+", "");
		assertThat(submit(admin, page(admin, person), "#account-form", Map.of("username",
				"uji.akun." + ThreadLocalRandom.current().nextInt(100000, 999999), "password", "kata-sandi-uji-1"))
			.statusCode()).isEqualTo(302);
		Document stale = page(admin, person);
		assertThat(submit(admin, stale, "#disable-form", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> refused = submit(admin, stale, "#sop-admin-form", Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).select("#conflict")).hasSize(1);
		assertThat(Jsoup.parse(refused.body()).select("#enable-form")).hasSize(1);
	}

	@Test
	void aStaleUnitRowAndAStalePositionFormAreToldAndKeepTheirEntries() {
		WebSession first = login();
		WebSession second = login();
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		Document units = page(first, "/admin/org/units");
		String parent = units.select("#add-unit select[name=parentId] option")
			.stream()
			.filter(o -> o.text().equals("Bidang Penataan dan Kerjasama Desa"))
			.findFirst()
			.orElseThrow()
			.attr("value");
		assertThat(submit(first, units, "#add-unit",
				Map.of("name", "Seksi Konflik " + n, "code", "SK" + n, "kind", "SEKSI", "parentId", parent))
			.statusCode()).isEqualTo(302);
		Document firstUnits = page(first, "/admin/org/units");
		String unitRow = "#unit-tree li:has(input[value=Seksi Konflik " + n + "]) form";
		String unitId = firstUnits.selectFirst(unitRow).attr("action").replaceFirst(".*/", "");
		Document secondUnits = page(second, "/admin/org/units");

		// the unit row
		assertThat(submit(first, firstUnits, unitRow, Map.of("name", "Seksi Konflik Pertama " + n)).statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = submit(second, secondUnits, unitRow, Map.of("name", "Seksi Konflik Kedua " + n));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(refused.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#u-name-" + unitId).val()).isEqualTo("Seksi Konflik Kedua " + n);
		assertThat(page(first, "/admin/org/units").select("#u-name-" + unitId).val())
			.isEqualTo("Seksi Konflik Pertama " + n);

		// a position of that unit
		Document positions = page(first, "/admin/org/positions");
		assertThat(submit(first, positions, "#add-position",
				Map.of("title", "Analis Konflik " + n, "code", "konflik-" + n, "rank", "8", "unitId", unitId))
			.statusCode()).isEqualTo(302);
		String position = page(first, "/admin/org/positions").select("a:contains(Analis Konflik " + n + ")")
			.attr("href");
		Document firstPosition = page(first, position);
		Document secondPosition = page(second, position);
		assertThat(submit(first, firstPosition, "#position-form", Map.of("title", "Analis Konflik Satu " + n))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> stale = submit(second, secondPosition, "#position-form",
				Map.of("title", "Analis Konflik Dua " + n));
		assertThat(stale.statusCode()).isEqualTo(409);
		Document keptPosition = Jsoup.parse(stale.body());
		assertThat(keptPosition.select("#conflict")).hasSize(1);
		assertThat(keptPosition.select("#position-form input[name=title]").val()).isEqualTo("Analis Konflik Dua " + n);
		assertThat(page(first, position).select("#position-form input[name=title]").val())
			.isEqualTo("Analis Konflik Satu " + n);
	}

	private WebSession login() {
		WebSession session = new WebSession(this.port);
		session.login("admin.sanggau", "alurdemo");
		return session;
	}

	private static Document page(WebSession session, String path) {
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	static HttpResponse<String> submit(WebSession session, Document page, String selector,
			Map<String, String> changes) {
		Element form = page.selectFirst(selector);
		assertThat(form).as(selector).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
		form.select("textarea[name]").forEach(t -> fields.put(t.attr("name"), t.val()));
		form.select("select[name]").forEach(s -> {
			Element o = s.selectFirst("option[selected]");
			o = (o != null) ? o : s.selectFirst("option");
			fields.put(s.attr("name"), (o != null) ? o.attr("value") : "");
		});
		fields.putAll(changes);
		return session.post(form.attr("action"), fields);
	}

}
