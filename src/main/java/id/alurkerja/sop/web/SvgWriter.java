package id.alurkerja.sop.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tiny SVG markup builder. Every attribute value and every text goes through
 * {@link #escape(String)}, so the markup stays well-formed and nothing typed into an SOP
 * can break out of it: this is what makes it safe to insert the result unescaped into the
 * page.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(2048);

	/** Opens an element; {@code attributes} are name/value pairs. */
	SvgWriter open(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append('>');
		return this;
	}

	SvgWriter close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/** An element without content. */
	SvgWriter empty(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append("/>");
		return this;
	}

	/** An element holding only (escaped) text. */
	SvgWriter text(String name, String text, Object... attributes) {
		open(name, attributes);
		this.out.append(escape(text));
		return close(name);
	}

	String markup() {
		return this.out.toString();
	}

	private void attributes(Object[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name/value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			this.out.append(' ')
				.append(escape(String.valueOf(attributes[i])))
				.append("=\"")
				.append(escape(format(value)))
				.append('"');
		}
	}

	/** Numbers without a trailing ".0" and with at most two decimals. */
	static String format(Object value) {
		if (value instanceof Double || value instanceof Float) {
			BigDecimal decimal = BigDecimal.valueOf(((Number) value).doubleValue())
				.setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros();
			return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
		}
		return String.valueOf(value);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&#39;");
				default -> {
					// characters XML 1.0 forbids are dropped rather than breaking the
					// document
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						sb.appendCodePoint(c);
					}
				}
			}
		});
		return sb.toString();
	}

}
