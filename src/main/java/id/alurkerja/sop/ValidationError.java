package id.alurkerja.sop;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One problem of a template: the step it concerns (or {@code null} for the whole
 * template), a message key of {@code i18n/sop} and its arguments.
 */
public record ValidationError(String stepNo, String code, List<Object> args) {

	public ValidationError {
		args = List.copyOf(args);
	}

	static ValidationError of(String stepNo, String code, Object... args) {
		return new ValidationError(stepNo, code, List.of(args));
	}

	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage("sop.validation." + this.code, this.args.toArray(), locale);
	}

}
