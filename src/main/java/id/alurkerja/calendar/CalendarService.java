package id.alurkerja.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The current working calendar, built from the holiday table, the working week set by an
 * admin (Monday to Friday otherwise) and the configured office hours
 * ({@code alur.calendar.office-opens}, {@code alur.calendar.office-closes}).
 */
@Service
public class CalendarService {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LocalTime opens;

	private final LocalTime closes;

	private volatile WorkingCalendar current;

	CalendarService(JdbcTemplate jdbc, Clock clock, @Value("${alur.calendar.office-opens:08:00}") LocalTime opens,
			@Value("${alur.calendar.office-closes:16:00}") LocalTime closes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.opens = opens;
		this.closes = closes;
	}

	public WorkingCalendar calendar() {
		WorkingCalendar calendar = this.current;
		if (calendar == null) {
			calendar = reload();
		}
		return calendar;
	}

	/**
	 * Re-reads the holidays and the office hours, e.g. after an admin changed them.
	 * Office hours saved by an admin win over the configured ones.
	 */
	public WorkingCalendar reload() {
		Set<LocalDate> days = new HashSet<>(this.jdbc.queryForList("select day from holiday", LocalDate.class));
		LocalTime[] hours = this.jdbc
			.query("select opens, closes from office_hours where id = 1",
					(rs, i) -> new LocalTime[] { rs.getObject("opens", LocalTime.class),
							rs.getObject("closes", LocalTime.class) })
			.stream()
			.findFirst()
			.orElse(new LocalTime[] { this.opens, this.closes });
		this.current = new WorkingCalendar(days, hours[0], hours[1], this.clock.getZone(), workingWeek());
		return this.current;
	}

	/** The working week an admin set, else Monday to Friday. */
	Set<DayOfWeek> workingWeek() {
		return this.jdbc.queryForList("select days from working_week where id = 1", String.class)
			.stream()
			.findFirst()
			.map(CalendarService::days)
			.orElse(WorkingCalendar.MONDAY_TO_FRIDAY);
	}

	/** "1,2,3,4,5" (ISO day numbers) as days of the week. */
	static Set<DayOfWeek> days(String text) {
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.map(DayOfWeek::of)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The office hours configured for this installation, before any admin change. */
	LocalTime configuredOpens() {
		return this.opens;
	}

	LocalTime configuredCloses() {
		return this.closes;
	}

}
