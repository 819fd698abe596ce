package id.alurkerja.calendar.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import id.alurkerja.calendar.CalendarService;
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
 * Two admins change the office hours: the second, stale save is told, the first one's
 * hours stay, and the second keeps what they typed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SettingsConflictTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarService calendars;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from office_hours");
		this.calendars.reload();
	}

	@Test
	void theSecondSaveOfTheOfficeHoursIsToldAndKeepsItsEntry() {
		WebSession first = login("admin.sanggau");
		WebSession second = login("admin.lamandau");
		Document firstPage = page(first, "/admin/settings/holidays");
		Document secondPage = page(second, "/admin/settings/holidays");

		assertThat(submit(first, firstPage, "#hours-form", Map.of("opens", "07:00", "closes", "15:00")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = submit(second, secondPage, "#hours-form",
				Map.of("opens", "08:30", "closes", "16:30"));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(refused.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#hours-form input[name=opens]").val()).isEqualTo("08:30");
		assertThat(kept.select("#hours-form input[name=closes]").val()).isEqualTo("16:30");
		assertThat(this.jdbc.queryForObject("select opens::text from office_hours", String.class)).startsWith("07:00");

		// saving the kept form again is a deliberate save over the newer hours
		assertThat(submit(second, kept, "#hours-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select opens::text from office_hours", String.class)).startsWith("08:30");
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
