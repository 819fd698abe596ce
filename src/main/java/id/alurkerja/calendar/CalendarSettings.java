package id.alurkerja.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.shared.Rejected;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an admin keeps of the working calendar: holidays and cuti bersama per year (add,
 * remove, import a list) and the office hours. Holidays are national (SKB 3 Menteri), so
 * they are shared by every kabupaten; each change is logged in the admin's kabupaten and
 * the calendar is re-read after commit.
 */
@Service
@Transactional
public class CalendarSettings {

	/** "2027-01-01", "01-01-2027" or "1/1/2027", then the name, optionally the kind. */
	private static final Pattern LINE = Pattern
		.compile("^\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*[;,\\t|]?\\s*(.+?)\\s*$");

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d-M-yyyy");

	/**
	 * The calendar's years, around the current one. Behind: the years whose work the
	 * reports still measure (a Renstra period is five, audits look further back). Ahead:
	 * the deadlines a case may be given and the holidays known before their SKB (hisab
	 * dates, as V3 records 2027). A holiday outside is a typo (year 0, 20266).
	 */
	private static final int YEARS_BEHIND = 10, YEARS_AHEAD = 5;

	private final JdbcTemplate jdbc;

	private final CalendarService calendars;

	private final AdminLog log;

	private final Clock clock;

	CalendarSettings(JdbcTemplate jdbc, CalendarService calendars, AdminLog log, Clock clock) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.log = log;
		this.clock = clock;
	}

	public record Holiday(LocalDate day, String name, HolidayKind kind) {
	}

	/**
	 * Someone else saved the setting since the form was shown: nothing was changed.
	 */
	public static class Changed extends RuntimeException {

		public Changed() {
			super("Changed by someone else since the form was shown");
		}

	}

	public record OfficeHours(LocalTime opens, LocalTime closes) {
	}

	@Transactional(readOnly = true)
	public List<Holiday> holidays(int year) {
		return this.jdbc.query("select day, name, kind from holiday where extract(year from day) = ? order by day",
				(rs, i) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name"),
						HolidayKind.valueOf(rs.getString("kind"))),
				year);
	}

	/** The years that have holidays, and the current one. */
	@Transactional(readOnly = true)
	public List<Integer> years(int current) {
		List<Integer> years = new ArrayList<>(this.jdbc
			.queryForList("select distinct extract(year from day)::int from holiday order by 1", Integer.class));
		if (!years.contains(current)) {
			years.add(current);
			years.sort(null);
		}
		return years;
	}

	public void addHoliday(AdminActor actor, LocalDate day, String name, HolidayKind kind) {
		if (day == null) {
			throw new Rejected("day", "admin.settings.dayRequired");
		}
		if (name == null || name.isBlank()) {
			throw new Rejected("name", "admin.settings.nameRequired");
		}
		if (kind == null) {
			throw new Rejected("kind", "admin.settings.kindRequired");
		}
		if (!withinYears(day)) {
			throw new Rejected("day", "admin.settings.dayOutOfRange", firstYear(), lastYear());
		}
		if (exists(day)) {
			throw new Rejected("day", "admin.settings.holidayExists", day);
		}
		this.jdbc.update("insert into holiday (day, name, kind) values (?, ?, ?)", Date.valueOf(day), name.strip(),
				kind.name());
		this.log.record(actor, "settings.holiday.add", day.toString(), null, name.strip() + " (" + kind + ")");
		reloadAfterCommit();
	}

	public void removeHoliday(AdminActor actor, LocalDate day) {
		List<Holiday> found = this.jdbc.query("select day, name, kind from holiday where day = ?",
				(rs, i) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name"),
						HolidayKind.valueOf(rs.getString("kind"))),
				Date.valueOf(day));
		if (found.isEmpty()) {
			return;
		}
		this.jdbc.update("delete from holiday where day = ?", Date.valueOf(day));
		this.log.record(actor, "settings.holiday.remove", day.toString(),
				found.get(0).name() + " (" + found.get(0).kind() + ")", null);
		reloadAfterCommit();
	}

	/**
	 * Imports a pasted list, one day a line ("2027-03-10; Idul Fitri 1448 H;
	 * LIBUR_NASIONAL", a name with "cuti bersama" is a cuti bersama day). All or nothing:
	 * any line that cannot be read refuses the whole list, naming the lines. A day
	 * already there gets the new name and kind. Answers how many days were added and
	 * changed.
	 */
	public int[] importHolidays(AdminActor actor, String text) {
		Map<LocalDate, Holiday> read = new LinkedHashMap<>();
		List<String> bad = new ArrayList<>();
		List<String> outside = new ArrayList<>();
		String[] lines = (text != null) ? text.split("\\R") : new String[0];
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			Holiday holiday = parse(line);
			if (holiday == null) {
				bad.add(String.valueOf(i + 1));
			}
			else if (!withinYears(holiday.day())) {
				outside.add(String.valueOf(i + 1));
			}
			else {
				read.put(holiday.day(), holiday);
			}
		}
		if (!bad.isEmpty()) {
			throw new Rejected("text", "admin.settings.importBadLines", String.join(", ", bad));
		}
		if (!outside.isEmpty()) {
			throw new Rejected("text", "admin.settings.importOutOfRange", String.join(", ", outside), firstYear(),
					lastYear());
		}
		if (read.isEmpty()) {
			throw new Rejected("text", "admin.settings.importEmpty");
		}
		int added = 0;
		int changed = 0;
		for (Holiday h : read.values()) {
			if (exists(h.day())) {
				this.jdbc.update("update holiday set name = ?, kind = ? where day = ?", h.name(), h.kind().name(),
						Date.valueOf(h.day()));
				changed++;
			}
			else {
				this.jdbc.update("insert into holiday (day, name, kind) values (?, ?, ?)", Date.valueOf(h.day()),
						h.name(), h.kind().name());
				added++;
			}
		}
		this.log.record(actor, "settings.holiday.import", read.size() + " hari", null, String.join("\n",
				read.values().stream().map(h -> h.day() + " " + h.name() + " (" + h.kind() + ")").toList()));
		reloadAfterCommit();
		return new int[] { added, changed };
	}

	static Holiday parse(String line) {
		Matcher m = LINE.matcher(line);
		if (!m.matches()) {
			return null;
		}
		LocalDate day;
		try {
			String d = m.group(1);
			day = d.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(d)
					: LocalDate.parse(d.replace('/', '-').replace('.', '-'), DAY_FIRST);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
		String rest = m.group(2).replaceFirst("^[;,\\t|\\s]+", "");
		HolidayKind kind = null;
		String[] parts = rest.split("\\s*[;\\t|]\\s*");
		if (rest.isEmpty() || parts.length == 0) {
			return null;
		}
		String last = parts[parts.length - 1].strip().toUpperCase(Locale.ROOT).replace(' ', '_');
		if (parts.length > 1 && (last.equals("LIBUR_NASIONAL") || last.equals("CUTI_BERSAMA"))) {
			kind = HolidayKind.valueOf(last);
			rest = rest.substring(0, rest.lastIndexOf(parts[parts.length - 1])).replaceAll("[;\\t|\\s]+$", "");
		}
		String name = rest.strip();
		if (name.isEmpty()) {
			return null;
		}
		if (kind == null) {
			kind = name.toLowerCase(Locale.ROOT).contains("cuti bersama") ? HolidayKind.CUTI_BERSAMA
					: HolidayKind.LIBUR_NASIONAL;
		}
		return new Holiday(day, name, kind);
	}

	@Transactional(readOnly = true)
	public OfficeHours officeHours() {
		return this.jdbc
			.query("select opens, closes from office_hours where id = 1",
					(rs, i) -> new OfficeHours(rs.getObject("opens", LocalTime.class),
							rs.getObject("closes", LocalTime.class)))
			.stream()
			.findFirst()
			.orElse(new OfficeHours(this.calendars.configuredOpens(), this.calendars.configuredCloses()));
	}

	/**
	 * The optimistic-lock version of the office hours the form carries; -1 while the
	 * configured defaults apply.
	 */
	@Transactional(readOnly = true)
	public long officeHoursVersion() {
		return this.jdbc.queryForList("select version from office_hours where id = 1", Long.class)
			.stream()
			.findFirst()
			.orElse(-1L);
	}

	public void setOfficeHours(AdminActor actor, LocalTime opens, LocalTime closes) {
		setOfficeHours(actor, opens, closes, null);
	}

	/**
	 * Sets the office hours if nobody saved them since {@code version} (null: unchecked).
	 */
	public void setOfficeHours(AdminActor actor, LocalTime opens, LocalTime closes, Long version) {
		if (opens == null || closes == null || !opens.isBefore(closes)) {
			throw new Rejected("closes", "admin.settings.hoursOrder");
		}
		// the row lock orders two saves; the second one sees the first one's version
		long current = this.jdbc.queryForList("select version from office_hours where id = 1 for update", Long.class)
			.stream()
			.findFirst()
			.orElse(-1L);
		if (version != null && version != current) {
			throw new Changed();
		}
		OfficeHours before = officeHours();
		int inserted = this.jdbc.update("""
				insert into office_hours (id, opens, closes) values (1, ?, ?)
				on conflict (id) do update set opens = excluded.opens, closes = excluded.closes,
				version = office_hours.version + 1""", opens, closes);
		if (inserted != 1) {
			throw new Changed();
		}
		this.log.record(actor, "settings.officeHours", "jam kantor", before.opens() + "–" + before.closes(),
				opens + "–" + closes);
		reloadAfterCommit();
	}

	/** The working days of the week, Monday first. */
	@Transactional(readOnly = true)
	public List<DayOfWeek> workingWeek() {
		return this.calendars.workingWeek().stream().sorted().toList();
	}

	/** The optimistic-lock version of the working week; -1 while Monday–Friday apply. */
	@Transactional(readOnly = true)
	public long workingWeekVersion() {
		return this.jdbc.queryForList("select version from working_week where id = 1", Long.class)
			.stream()
			.findFirst()
			.orElse(-1L);
	}

	/**
	 * Sets the working days of the week (at least one) if nobody saved them since
	 * {@code version} (null: unchecked); due times follow once committed.
	 */
	public void setWorkingWeek(AdminActor actor, Collection<DayOfWeek> days, Long version) {
		if (days == null || days.isEmpty()) {
			throw new Rejected("days", "admin.settings.weekEmpty");
		}
		long current = this.jdbc.queryForList("select version from working_week where id = 1 for update", Long.class)
			.stream()
			.findFirst()
			.orElse(-1L);
		if (version != null && version != current) {
			throw new Changed();
		}
		List<DayOfWeek> before = workingWeek();
		List<DayOfWeek> after = days.stream().distinct().sorted().toList();
		if (after.equals(before)) {
			return;
		}
		this.jdbc.update("""
				insert into working_week (id, days) values (1, ?)
				on conflict (id) do update set days = excluded.days, version = working_week.version + 1""",
				after.stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(",")));
		this.log.record(actor, "settings.workingWeek", "hari kerja", weekText(before), weekText(after));
		reloadAfterCommit();
	}

	private static String weekText(List<DayOfWeek> days) {
		return days.stream()
			.map(d -> d.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("id")))
			.collect(Collectors.joining(", "));
	}

	/** Whether a day falls in the calendar's years ({@link #YEARS_BEHIND}). */
	public boolean withinYears(LocalDate day) {
		int current = LocalDate.now(this.clock).getYear();
		return day.getYear() >= current - YEARS_BEHIND && day.getYear() <= current + YEARS_AHEAD;
	}

	/** As text: a message's {@code {0}} would write 2016 as "2.016". */
	private String firstYear() {
		return String.valueOf(LocalDate.now(this.clock).getYear() - YEARS_BEHIND);
	}

	private String lastYear() {
		return String.valueOf(LocalDate.now(this.clock).getYear() + YEARS_AHEAD);
	}

	private boolean exists(LocalDate day) {
		return this.jdbc.queryForObject("select count(*) from holiday where day = ?", Integer.class,
				Date.valueOf(day)) > 0;
	}

	/** Due times are computed with the new calendar once the change is committed. */
	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CalendarSettings.this.calendars.reload();
				}
			});
		}
		else {
			this.calendars.reload();
		}
	}

}
