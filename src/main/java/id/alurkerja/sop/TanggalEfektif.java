package id.alurkerja.sop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Tanggal Efektif as an admin types it and as publishing writes it: "2 Januari 2027".
 * Reading it back lets the publish form start from the typed date instead of today.
 */
public final class TanggalEfektif {

	private static final Locale ID = Locale.forLanguageTag("id");

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

	/** How dates are typed in the seeds and by admins: "2 MARET 2021", "02-03-2021". */
	private static final List<DateTimeFormatter> TYPED = List.of(
			new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(ID),
			DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

	private TanggalEfektif() {
	}

	public static String format(LocalDate day) {
		return PRINTED.format(day);
	}

	/** The date the text names, if it is one date and nothing else. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip().replaceAll("\\s+", " ");
		for (DateTimeFormatter f : TYPED) {
			try {
				return Optional.of(LocalDate.parse(t, f));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	/**
	 * What publishing prints: the typed text when no other date is chosen or the chosen
	 * one is the date it names (so "02 MARET 2021" stays as typed), else the chosen date;
	 * today when nothing was typed or chosen.
	 */
	public static String onPublishing(String typed, LocalDate chosen, LocalDate today) {
		boolean hasTyped = typed != null && !typed.isBlank();
		if (chosen == null) {
			return hasTyped ? typed.strip() : format(today);
		}
		return (hasTyped && parse(typed).filter(chosen::equals).isPresent()) ? typed.strip() : format(chosen);
	}

	/**
	 * The publish form's date: the typed date, today when nothing was typed, empty when
	 * the typed text is no date (publishing then keeps it).
	 */
	public static String publishFormValue(String typed, LocalDate today) {
		if (typed == null || typed.isBlank()) {
			return today.toString();
		}
		return parse(typed).map(LocalDate::toString).orElse("");
	}

}
