package id.alurkerja.calendar.admin;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Calendar settings through their pages: holidays per year (add, remove, import) change
 * the working calendar at once; office hours; all in the admin log. (The numbering tab:
 * {@code casework.numbering.NumberingSettingsTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SettingsAdminTests {

	/**
	 * A year no other test uses, so that adding days off there changes nobody's due
	 * times.
	 */
	static final int YEAR = 2031;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarService calendars;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from holiday where extract(year from day) = ?", YEAR);
		this.jdbc.update("delete from office_hours");
		this.calendars.reload();
	}

	@Test
	void holidaysAreAddedImportedAndRemovedAndTheCalendarFollows() {
		WebSession admin = login();
		LocalDate day = LocalDate.of(YEAR, 4, 15);
		assertThat(this.calendars.calendar().isWorkingDay(day)).isTrue();
		assertThat(submit(admin, "/admin/settings/holidays?year=" + YEAR, "#add-holiday",
				Map.of("day", day.toString(), "name", "Hari libur uji", "kind", "CUTI_BERSAMA"))
			.statusCode()).isEqualTo(302);
		assertThat(this.calendars.calendar().isWorkingDay(day)).isFalse();
		Document page = Jsoup.parse(admin.get("/admin/settings/holidays?year=" + YEAR).body());
		assertThat(page.select("#holiday-list tr[data-day=" + day + "]").text()).contains("Hari libur uji",
				"Cuti bersama");
		// a year is written as a year, not as a number with a thousands dot ("2.031")
		assertThat(page.select("h1").text()).isEqualTo("Hari libur dan cuti bersama " + YEAR);

		// a list with one unreadable line imports nothing and keeps the text
		HttpResponse<String> refused = submit(admin, "/admin/settings/holidays?year=" + YEAR, "#import-holidays",
				Map.of("text", YEAR + "-01-01; Tahun Baru\n" + YEAR + "-02-30; Tidak ada"));
		assertThat(refused.statusCode()).isEqualTo(302);
		page = Jsoup.parse(admin.get("/admin/settings/holidays?year=" + YEAR).body());
		assertThat(page.select(".alert-danger").text()).contains("baris 2");
		assertThat(page.select("#import-text").val()).contains("Tidak ada");
		assertThat(page.select("#holiday-list tbody tr")).hasSize(1);

		assertThat(
				submit(admin, "/admin/settings/holidays?year=" + YEAR, "#import-holidays",
						Map.of("text",
								YEAR + "-01-01; Tahun Baru " + YEAR + "\n02-01-" + YEAR + " Cuti bersama Tahun Baru\n"
										+ day + "; Hari libur uji diubah; LIBUR_NASIONAL"))
					.statusCode())
			.isEqualTo(302);
		page = Jsoup.parse(admin.get("/admin/settings/holidays?year=" + YEAR).body());
		assertThat(page.select(".alert-success").text()).contains("2 hari ditambahkan, 1 hari diperbarui");
		assertThat(page.select("#holiday-list tbody tr")).hasSize(3);
		assertThat(this.calendars.calendar().isWorkingDay(LocalDate.of(YEAR, 1, 2))).isFalse();

		assertThat(submit(admin, "/admin/settings/holidays?year=" + YEAR, "#holiday-list tr[data-day=" + day + "] form",
				Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(this.calendars.calendar().isWorkingDay(day)).isTrue();
		assertThat(Jsoup.parse(admin.get("/admin/log").body()).select(".admin-log-entry").text())
			.contains("Hari libur dihapus", "Daftar hari libur diimpor", "Hari libur ditambahkan");
	}

	@Test
	void officeHoursMustOpenBeforeTheyCloseAndChangeTheCalendar() {
		WebSession admin = login();
		submit(admin, "/admin/settings/holidays", "#hours-form", Map.of("opens", "16:00", "closes", "08:00"));
		assertThat(Jsoup.parse(admin.get("/admin/settings/holidays").body()).select(".alert-danger").text())
			.contains("Jam buka harus sebelum jam tutup");
		submit(admin, "/admin/settings/holidays", "#hours-form", Map.of("opens", "07:30", "closes", "15:30"));
		assertThat(this.calendars.calendar().officeMinutesPerDay()).isEqualTo(8 * 60);
		assertThat(Jsoup.parse(admin.get("/admin/settings/holidays").body()).select("#opens").val()).isEqualTo("07:30");
	}

	private WebSession login() {
		WebSession session = new WebSession(this.port);
		session.login("admin.sanggau", "alurdemo");
		return session;
	}

	private static HttpResponse<String> submit(WebSession session, String path, String selector,
			Map<String, String> changes) {
		Document page = Jsoup.parse(session.get(path).body());
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
