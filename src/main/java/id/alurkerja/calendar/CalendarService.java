package id.alurkerja.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The current working calendar, built from the holiday table and the configured office
 * hours ({@code alur.calendar.office-opens}, {@code alur.calendar.office-closes}).
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
		this.current = new WorkingCalendar(days, hours[0], hours[1], this.clock.getZone());
		return this.current;
	}

	/** The office hours configured for this installation, before any admin change. */
	LocalTime configuredOpens() {
		return this.opens;
	}

	LocalTime configuredCloses() {
		return this.closes;
	}

}
