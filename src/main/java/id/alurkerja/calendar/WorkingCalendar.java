package id.alurkerja.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working time: the working week (Monday to Friday unless set otherwise) except holidays
 * and cuti bersama, within office hours. Minutes and hours are counted in office hours;
 * working days skip days off and keep the time of day; months are calendar months.
 * Immutable: build one from the current data.
 */
public final class WorkingCalendar {

	/** Monday to Friday: the working week unless an admin sets another. */
	public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

	private final Set<LocalDate> daysOff;

	private final Set<DayOfWeek> workingWeek;

	private final LocalTime opens;

	private final LocalTime closes;

	private final ZoneId zone;

	public WorkingCalendar(Set<LocalDate> daysOff, LocalTime opens, LocalTime closes, ZoneId zone) {
		this(daysOff, opens, closes, zone, MONDAY_TO_FRIDAY);
	}

	public WorkingCalendar(Set<LocalDate> daysOff, LocalTime opens, LocalTime closes, ZoneId zone,
			Set<DayOfWeek> workingWeek) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Office hours must open before they close");
		}
		if (workingWeek == null || workingWeek.isEmpty()) {
			throw new IllegalArgumentException("A week needs at least one working day");
		}
		this.daysOff = Set.copyOf(daysOff);
		this.workingWeek = Set.copyOf(workingWeek);
		this.opens = opens;
		this.closes = closes;
		this.zone = zone;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** When the office opens, local time. */
	public LocalTime opens() {
		return this.opens;
	}

	/** When the office closes, local time. */
	public LocalTime closes() {
		return this.closes;
	}

	/** The days of the week that are working days. */
	public Set<DayOfWeek> workingWeek() {
		return this.workingWeek;
	}

	public boolean isWorkingDay(LocalDate day) {
		return this.workingWeek.contains(day.getDayOfWeek()) && !this.daysOff.contains(day);
	}

	/**
	 * {@code minutes} of office time after {@code start}; time outside office hours does
	 * not count.
	 */
	public Instant plusWorkingMinutes(Instant start, long minutes) {
		LocalDateTime at = intoOfficeHours(LocalDateTime.ofInstant(start, this.zone));
		long left = minutes;
		while (true) {
			long untilClose = Duration.between(at.toLocalTime(), this.closes).toMinutes();
			if (left <= untilClose) {
				return at.plusMinutes(left).atZone(this.zone).toInstant();
			}
			left -= untilClose;
			at = nextWorkingDay(at.toLocalDate()).atTime(this.opens);
		}
	}

	/**
	 * {@code days} working days after {@code start}, at the same time of day: a task
	 * received on Friday at 10:00 with one working day is due on Monday at 10:00. A start
	 * outside office hours counts from the next opening.
	 */
	public Instant plusWorkingDays(Instant start, int days) {
		LocalDateTime at = intoOfficeHours(LocalDateTime.ofInstant(start, this.zone));
		LocalDate day = at.toLocalDate();
		for (int i = 0; i < days; i++) {
			day = nextWorkingDay(day);
		}
		return day.atTime(at.toLocalTime()).atZone(this.zone).toInstant();
	}

	public Instant plusMonths(Instant start, int months) {
		return ZonedDateTime.ofInstant(start, this.zone).plusMonths(months).toInstant();
	}

	/**
	 * Office minutes between two instants (0 when {@code to} is not after {@code from}).
	 */
	public long workingMinutesBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, this.zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, this.zone);
		long total = 0;
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			LocalTime a = day.equals(start.toLocalDate()) ? max(start.toLocalTime(), this.opens) : this.opens;
			LocalTime b = day.equals(end.toLocalDate()) ? min(end.toLocalTime(), this.closes) : this.closes;
			if (b.isAfter(a)) {
				total += Duration.between(a, b).toMinutes();
			}
		}
		return total;
	}

	/**
	 * Working days between two instants, as a fraction: office minutes divided by a day's
	 * office minutes.
	 */
	public double workingDaysBetween(Instant from, Instant to) {
		return (double) workingMinutesBetween(from, to) / officeMinutesPerDay();
	}

	public long officeMinutesPerDay() {
		return Duration.between(this.opens, this.closes).toMinutes();
	}

	public static WorkingCalendar of(Set<LocalDate> daysOff, Clock clock) {
		return new WorkingCalendar(daysOff, LocalTime.of(8, 0), LocalTime.of(16, 0), clock.getZone());
	}

	private LocalDateTime intoOfficeHours(LocalDateTime at) {
		if (!isWorkingDay(at.toLocalDate()) || !at.toLocalTime().isBefore(this.closes)) {
			return nextWorkingDay(at.toLocalDate()).atTime(this.opens);
		}
		return at.toLocalTime().isBefore(this.opens) ? at.toLocalDate().atTime(this.opens) : at;
	}

	private LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	private static LocalTime max(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalTime min(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

}
