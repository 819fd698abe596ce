package id.alurkerja.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters (NUL and the other C0 codes but tab, line feed and carriage
 * return, and DEL) from every request parameter, form fields of uploads included, before
 * anything reads them. They are invisible, mean nothing in a form's text, and PostgreSQL
 * refuses NUL in text (a 500 before): stripping them is harmless where refusing would
 * cost the user the form.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	static String clean(String value) {
		return (value != null) ? CONTROL.matcher(value).replaceAll("") : null;
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> source;

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			// cleaned again when the parameters change (a forward adds its own)
			Map<String, String[]> source = super.getParameterMap();
			if (source != this.source) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				source.forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = clean(values[i]);
					}
					cleaned.put(clean(name), copy);
				});
				this.parameters = Collections.unmodifiableMap(cleaned);
				this.source = source;
			}
			return this.parameters;
		}

	}

}
