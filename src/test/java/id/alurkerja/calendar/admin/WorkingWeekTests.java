package id.alurkerja.calendar.admin;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The working week is a setting: Monday to Friday by default, a six-day week makes
 * Saturday a working day for due times, an empty week is refused, a stale form is told.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkingWeekTests {

	/** A Saturday without a holiday. */
	static final LocalDate SATURDAY = LocalDate.of(2026, 10, 3);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarService calendars;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from working_week");
		this.calendars.reload();
	}

	@Test
	void aSixDayWeekMakesSaturdayAWorkingDay() {
		WebSession admin = login();
		Document page = page(admin);
		assertThat(page.select("#week-form input[name=days][checked]").eachAttr("value")).containsExactly("MONDAY",
				"TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
		assertThat(this.calendars.calendar().isWorkingDay(SATURDAY)).isFalse();

		assertThat(
				submit(admin, page, Map.of("days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY")).statusCode())
			.isEqualTo(302);
		assertThat(this.calendars.calendar().isWorkingDay(SATURDAY)).isTrue();
		assertThat(this.calendars.calendar().isWorkingDay(SATURDAY.plusDays(1))).isFalse();
		assertThat(page(admin).select("#week-form input[name=days][checked]")).hasSize(6);
		assertThat(admin.get("/admin/log").body()).contains("Sabtu");

		// an empty week is refused; a stale form is told and keeps its choice
		HttpResponse<String> empty = submit(admin, page(admin), Map.of("days", ""));
		assertThat(empty.statusCode()).isEqualTo(302);
		assertThat(this.calendars.calendar().isWorkingDay(SATURDAY)).isTrue();
		HttpResponse<String> stale = submit(admin, page, Map.of("days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY"));
		assertThat(stale.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(stale.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#week-form input[name=days][checked]")).hasSize(4);
		assertThat(this.calendars.calendar().isWorkingDay(SATURDAY)).isTrue();
	}

	@Test
	void theCalendarDefaultsToMondayToFridayAndNeedsAWorkingDay() {
		ZoneId zone = ZoneId.of("Asia/Jakarta");
		WorkingCalendar standard = new WorkingCalendar(Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), zone);
		assertThat(standard.workingWeek()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY);
		WorkingCalendar sixDays = new WorkingCalendar(Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), zone,
				Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
						DayOfWeek.SATURDAY));
		// Friday 15:00 plus one working day is Saturday 15:00 in a six-day week
		assertThat(sixDays.plusWorkingDays(SATURDAY.minusDays(1).atTime(15, 0).atZone(zone).toInstant(), 1))
			.isEqualTo(SATURDAY.atTime(15, 0).atZone(zone).toInstant());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), zone, Set.of()));
	}

	private WebSession login() {
		WebSession session = new WebSession(this.port);
		session.login("admin.sanggau", "alurdemo");
		return session;
	}

	private static Document page(WebSession session) {
		HttpResponse<String> response = session.get("/admin/settings/holidays");
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static HttpResponse<String> submit(WebSession session, Document page, Map<String, String> changes) {
		Element form = page.selectFirst("#week-form");
		assertThat(form).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name]:not([type=checkbox])").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
		fields.putAll(changes);
		return session.post(form.attr("action"), fields);
	}

}
