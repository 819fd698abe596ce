package id.alurkerja.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Which typed dates can be meant: a letter's date and the day it was received, a deadline
 * handed on with a step or a disposition. A date outside is a typo (year 0, 20266, last
 * year's deadline), refused at its field before anything is stored.
 */
final class DatePolicy {

	/**
	 * No letter an Indonesian office handles predates the Proclamation (17 August 1945);
	 * a later bound would refuse an old letter a case rightly starts from (a land title
	 * of the 1970s, a decision of 1960 cited again).
	 */
	static final LocalDate EARLIEST = LocalDate.of(1945, 8, 17);

	/**
	 * A deadline beyond this is no working deadline: steps are measured in days, the
	 * longest agreement a case prepares runs for a year or two.
	 */
	static final int DEADLINE_YEARS = 2;

	private DatePolicy() {
	}

	/**
	 * A letter's date and the day it was received (required): neither before
	 * {@link #EARLIEST} nor more than a day after {@code today}, received not before
	 * written. The day's grace is for WITA and WIT: their date runs up to two hours ahead
	 * of the server's WIB one.
	 */
	static Verdict<Boolean> mayRegister(LocalDate tanggalSurat, LocalDate receivedOn, LocalDate today) {
		LocalDate latest = today.plusDays(1);
		if (tanggalSurat != null) {
			Verdict<Boolean> letter = within("tanggalSurat", tanggalSurat, latest);
			if (!letter.allowed()) {
				return letter;
			}
		}
		if (receivedOn == null || receivedOn.isAfter(latest)) {
			return Verdict.invalid("receivedOn", "casework.start.receivedOnInvalid");
		}
		if (tanggalSurat != null && receivedOn.isBefore(tanggalSurat)) {
			return Verdict.invalid("receivedOn", "casework.start.receivedBeforeLetter");
		}
		return within("receivedOn", receivedOn, latest);
	}

	/**
	 * A deadline handed on (optional): not before {@code today} (the server's WIB day is
	 * never ahead of an office's own) and within {@link #DEADLINE_YEARS} years.
	 */
	static Verdict<Boolean> mayHandOn(LocalDate deadline, LocalDate today) {
		if (deadline == null) {
			return Verdict.allow();
		}
		if (deadline.isBefore(today)) {
			return Verdict.invalid("deadline", "casework.deadline.past");
		}
		if (deadline.isAfter(today.plusYears(DEADLINE_YEARS))) {
			return Verdict.invalid("deadline", "casework.deadline.tooFar", DEADLINE_YEARS);
		}
		return Verdict.allow();
	}

	private static Verdict<Boolean> within(String field, LocalDate day, LocalDate latest) {
		if (day.isBefore(EARLIEST)) {
			return Verdict.invalid(field, "casework.date.tooEarly", asDate(EARLIEST));
		}
		if (day.isAfter(latest)) {
			return Verdict.invalid(field, "casework.date.future");
		}
		return Verdict.allow();
	}

	/** For the message's {@code {0,date,long}}, which formats in the JVM's zone. */
	private static Date asDate(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
