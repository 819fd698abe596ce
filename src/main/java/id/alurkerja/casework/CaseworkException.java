package id.alurkerja.casework;

import java.util.List;

/**
 * A refused action, with a message key of {@code i18n/casework} and its arguments so that
 * the page that caused it can say why in the user's language.
 */
public class CaseworkException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	public CaseworkException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.toArray();
	}

	/**
	 * The case, task or document does not exist for this user (another kabupaten, or not
	 * visible).
	 */
	public static class NotFound extends CaseworkException {

		public NotFound() {
			super("casework.notFound");
		}

	}

	/** The user may see the case but not do this. */
	public static class NotAllowed extends CaseworkException {

		public NotAllowed(String code, Object... args) {
			super(code, args);
		}

	}

	/**
	 * Someone else acted first (or the same form was sent twice); nothing was applied.
	 */
	public static class Conflict extends CaseworkException {

		public Conflict(String code, Object... args) {
			super(code, args);
		}

	}

	/**
	 * The action needs more input, e.g. a reason for Tidak or the step's output document.
	 */
	public static class Invalid extends CaseworkException {

		private final String field;

		public Invalid(String field, String code, Object... args) {
			super(code, args);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
