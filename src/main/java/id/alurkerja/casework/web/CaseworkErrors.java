package id.alurkerja.casework.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.alurkerja.casework.CaseworkException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refused actions as pages: not found (404), not allowed (403), and
 * someone-else-was-first (409, saying what happened and giving back what the user typed
 * so nothing is lost).
 */
@ControllerAdvice
class CaseworkErrors {

	/** Form fields whose text the 409 page gives back. */
	private static final String[] TYPED = { "arahan", "reason", "report", "body", "outputMissingReason" };

	private final MessageSource messages;

	CaseworkErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CaseworkException.NotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(CaseworkException.NotAllowed.class)
	ModelAndView notAllowed(CaseworkException ex, Locale locale) {
		ModelAndView page = new ModelAndView("error/403", HttpStatus.FORBIDDEN);
		page.addObject("reason", this.messages.getMessage(ex.code(), ex.args(), locale));
		return page;
	}

	@ExceptionHandler(CaseworkException.Conflict.class)
	ModelAndView conflict(CaseworkException ex, HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
		page.addObject("reason", this.messages.getMessage(ex.code(), ex.args(), locale));
		Map<String, String> typed = new LinkedHashMap<>();
		for (String field : TYPED) {
			String value = request.getParameter(field);
			if (value != null && !value.isBlank()) {
				typed.put(field, value);
			}
		}
		page.addObject("typed", typed);
		page.addObject("back", request.getRequestURI().replaceAll("^(/cases/\\d+).*$", "$1"));
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("back", request.getRequestURI().replaceAll("^(/cases/\\d+).*$", "$1"));
		return page;
	}

}
