package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A policy's answer to "may this person do this now?": yes (with what the rule found,
 * e.g. the position they act in), or no with the reason a page can show. The service
 * throws the refusal; the action panel shows it or leaves the action out.
 */
final class Verdict<T> {

	/** Why an action is refused, as the exception the pages turn into a message. */
	enum Kind {

		NOT_FOUND, NOT_ALLOWED, CONFLICT, INVALID

	}

	record Refusal(Kind kind, String field, String code, List<Object> args) {

		CaseworkException exception() {
			Object[] a = this.args.toArray();
			return switch (this.kind) {
				case NOT_FOUND -> new CaseworkException.NotFound();
				case NOT_ALLOWED -> new CaseworkException.NotAllowed(this.code, a);
				case CONFLICT -> new CaseworkException.Conflict(this.code, a);
				case INVALID -> new CaseworkException.Invalid(this.field, this.code, a);
			};
		}

	}

	private final T value;

	private final Refusal refusal;

	private Verdict(T value, Refusal refusal) {
		this.value = value;
		this.refusal = refusal;
	}

	static <T> Verdict<T> allow(T value) {
		return new Verdict<>(value, null);
	}

	static Verdict<Boolean> allow() {
		return new Verdict<>(Boolean.TRUE, null);
	}

	static <T> Verdict<T> notAllowed(String code, Object... args) {
		return new Verdict<>(null, new Refusal(Kind.NOT_ALLOWED, null, code, List.of(args)));
	}

	static <T> Verdict<T> conflict(String code, Object... args) {
		return new Verdict<>(null, new Refusal(Kind.CONFLICT, null, code, List.of(args)));
	}

	static <T> Verdict<T> invalid(String field, String code, Object... args) {
		return new Verdict<>(null, new Refusal(Kind.INVALID, field, code, List.of(args)));
	}

	static <T> Verdict<T> notFound() {
		return new Verdict<>(null, new Refusal(Kind.NOT_FOUND, null, "casework.notFound", List.of()));
	}

	boolean allowed() {
		return this.refusal == null;
	}

	/** The refusal's message key, or {@code null} when allowed. */
	String code() {
		return (this.refusal != null) ? this.refusal.code() : null;
	}

	Refusal refusal() {
		return this.refusal;
	}

	Optional<T> value() {
		return Optional.ofNullable(this.value);
	}

	/** What the rule found, or the refusal thrown as the matching casework exception. */
	T orThrow() {
		if (this.refusal != null) {
			throw this.refusal.exception();
		}
		return this.value;
	}

	/** The next rule, asked only when this one allowed. */
	<U> Verdict<U> then(Function<T, Verdict<U>> next) {
		return allowed() ? next.apply(this.value) : new Verdict<>(null, this.refusal);
	}

	/** A refusal handed on by a rule whose answer is of another type. */
	<U> Verdict<U> refusedAs() {
		if (allowed()) {
			throw new IllegalStateException("not a refusal: " + this);
		}
		return new Verdict<>(null, this.refusal);
	}

	/** This verdict, or when refused, a refusal to act with another message. */
	Verdict<T> orElseRefuse(String code) {
		return allowed() ? this : notAllowed(code);
	}

	@Override
	public String toString() {
		return allowed() ? "allowed(" + this.value + ")" : "refused(" + this.refusal.code() + ")";
	}

}
