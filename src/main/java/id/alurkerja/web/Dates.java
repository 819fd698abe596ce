package id.alurkerja.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages write a date or a time, in the chosen language: "3 Desember 2026", "3
 * Desember 2026 14.05" (Indonesian writes the time with a dot), "3 December 2026 14:05";
 * a moment in the offices' time zone. Templates call it as {@code @dates}:
 * {@code ${@dates.day(d)}}, {@code ${@dates.time(t)}}, {@code ${@dates.moment(t)}} (with
 * seconds, for logs). A missing value is an empty text. Pages of other modules (the case
 * page, the inbox, exports) are to use it too instead of their own patterns.
 */
@Component("dates")
public class Dates {

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	public String day(LocalDate day) {
		return (day != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(day) : "";
	}

	public String time(Instant at) {
		return (at != null) ? time(LocalDateTime.ofInstant(at, this.clock.getZone())) : "";
	}

	public String time(LocalDateTime at) {
		return format(at, indonesian() ? "d MMMM yyyy HH.mm" : "d MMMM yyyy HH:mm");
	}

	public String moment(Instant at) {
		return (at != null) ? format(LocalDateTime.ofInstant(at, this.clock.getZone()),
				indonesian() ? "d MMM yyyy HH.mm.ss" : "d MMM yyyy HH:mm:ss") : "";
	}

	private String format(LocalDateTime at, String pattern) {
		return (at != null) ? DateTimeFormatter.ofPattern(pattern, locale()).format(at) : "";
	}

	private static boolean indonesian() {
		return !"en".equals(locale().getLanguage());
	}

	private static Locale locale() {
		Locale chosen = LocaleContextHolder.getLocale();
		return "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
	}

}
