package id.alurkerja.web;

import java.beans.PropertyEditorSupport;
import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Values in a URL that cannot be what they claim, for every controller: an id in the path
 * that is not a number (or beyond a long, or {@code 1 OR 1=1}) names nothing, so it is
 * the 404 page; a malformed query value (a date as {@code 2026-13-45}) is the 400 page.
 * Both are sent as errors, so that the error page is rendered with the user's navigation.
 * A {@code page} number is held between 0 and {@link #MAX_PAGE}: a list never computes an
 * offset that overflows.
 */
@ControllerAdvice
class BadValueAdvice {

	static final int MAX_PAGE = 100_000;

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
	}

	@InitBinder("page")
	void pageNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, new PageNumber());
		binder.registerCustomEditor(Integer.class, new PageNumber());
	}

	/**
	 * A page number as typed: anything that is no number in range is the nearest page.
	 */
	static final class PageNumber extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			long page;
			try {
				page = (text == null || text.isBlank()) ? 0 : Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				page = text.strip().matches("\\d+") ? MAX_PAGE : 0;
			}
			setValue((int) Math.max(0, Math.min(MAX_PAGE, page)));
		}

	}

}
