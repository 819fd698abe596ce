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
 * account action is refused the same way.
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
