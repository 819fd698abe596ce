package id.alurkerja.reports.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Number formats of the report pages, in the reader's language. */
public final class Views {

	private final Locale locale;

	Views(Locale locale) {
		this.locale = locale;
	}

	/** For templates: a time or count in the reader's format. */
	public String n(Double value) {
		return number(value, this.locale);
	}

	/** For templates: a share as a percentage. */
	public String p(Double share) {
		return percent(share, this.locale);
	}

	public static String number(Double value, Locale locale) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(value < 10 ? 2 : 1);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	public static String percent(Double share, Locale locale) {
		if (share == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(0);
		return format.format(share);
	}

}
