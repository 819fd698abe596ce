package id.alurkerja.reports.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A reporting period of whole days, both ends included: a task counts when it was
 * completed from the first day's midnight up to the end of the last day, office time.
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after it starts");
		}
	}

	/**
	 * A named period around {@code day}: the past twelve months up to it, or the calendar
	 * month, quarter, semester or year holding it.
	 */
	public static Period preset(String kind, LocalDate day) {
		return switch ((kind != null) ? kind : "") {
			case "month" -> new Period(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
			case "quarter" -> months(day, 3);
			case "semester" -> months(day, 6);
			case "year" -> new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
			default -> new Period(day.minusYears(1).plusDays(1), day);
		};
	}

	private static Period months(LocalDate day, int length) {
		int first = ((day.getMonthValue() - 1) / length) * length + 1;
		LocalDate start = LocalDate.of(day.getYear(), first, 1);
		return new Period(start, start.plusMonths(length).minusDays(1));
	}

	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
