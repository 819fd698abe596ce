package id.alurkerja.shared;

/**
 * A change refused because of what was typed: the form field it concerns (null for the
 * whole form), a message key and its arguments, so that the page shows the message next
 * to the field and keeps the typed values.
 */
public class Rejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public Rejected(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}

}
