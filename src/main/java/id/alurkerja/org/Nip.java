package id.alurkerja.org;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The civil servant number (Nomor Induk Pegawai): 18 digits made of the birth date
 * (YYYYMMDD), the appointment month (YYYYMM), a sex digit (1 or 2) and a three-digit
 * sequence. Printed NIPs carry spaces ("19750102 200604 1 004"), which are ignored. Seeds
 * are stored as printed and only flagged, never corrected.
 */
public final class Nip {

	private Nip() {
	}

	/** What is wrong with a NIP, for a message in the page's language. */
	public enum Problem {

		NOT_DIGITS, LENGTH, BIRTH_DATE, APPOINTMENT, SEX

	}

	/**
	 * The verdict on one printed NIP.
	 *
	 * @param present whether a NIP was given at all (a missing NIP is allowed)
	 * @param problem what is wrong, or {@code null} when valid or absent
	 * @param digitCount the number of digits found
	 */
	public record Check(boolean present, Problem problem, int digitCount) {

		public boolean valid() {
			return this.problem == null;
		}

	}

	public static Check check(String printed) {
		if (printed == null || printed.isBlank()) {
			return new Check(false, null, 0);
		}
		String digits = printed.replace(" ", "").replace(".", "");
		if (!digits.chars().allMatch(Character::isDigit)) {
			return new Check(true, Problem.NOT_DIGITS, (int) digits.chars().filter(Character::isDigit).count());
		}
		if (digits.length() != 18) {
			return new Check(true, Problem.LENGTH, digits.length());
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
		}
		catch (DateTimeException ex) {
			return new Check(true, Problem.BIRTH_DATE, 18);
		}
		if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
			return new Check(true, Problem.BIRTH_DATE, 18);
		}
		YearMonth appointment;
		try {
			appointment = YearMonth.of(num(digits, 8, 12), num(digits, 12, 14));
		}
		catch (DateTimeException ex) {
			return new Check(true, Problem.APPOINTMENT, 18);
		}
		// nobody is appointed a civil servant before adulthood
		if (appointment.isBefore(YearMonth.from(birth).plusYears(16))) {
			return new Check(true, Problem.APPOINTMENT, 18);
		}
		char sex = digits.charAt(14);
		if (sex != '1' && sex != '2') {
			return new Check(true, Problem.SEX, 18);
		}
		return new Check(true, null, 18);
	}

	private static int num(String s, int from, int to) {
		return Integer.parseInt(s.substring(from, to));
	}

}
