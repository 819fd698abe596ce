package id.alurkerja.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While PostgreSQL is down or drops connections, every request that needs it (a session
 * lookup, a sign-in, any page) is answered with Alur's own 503 page in the chosen
 * language, quickly (the pool waits {@code spring.datasource.hikari.connection-timeout},
 * a few seconds), instead of Tomcat's raw 500. The page needs no database: no session, no
 * user, the language from its cookie. The outermost filter, before the session
 * repository, and on error dispatches too, where the error page's own lookups may fail.
 */
class OutageFilter extends GenericFilterBean {

	private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);

	private final ObjectProvider<ViewResolver> views;

	private final ObjectProvider<LocaleResolver> locales;

	private final MessageSource messages;

	OutageFilter(ObjectProvider<ViewResolver> views, ObjectProvider<LocaleResolver> locales, MessageSource messages) {
		this.views = views;
		this.locales = locales;
		this.messages = messages;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("PostgreSQL unreachable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		LocaleResolver localeResolver = this.locales.getIfAvailable();
		Locale locale = (localeResolver != null) ? localeResolver.resolveLocale(request) : WebConfiguration.INDONESIAN;
		try {
			request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
			View view = this.views.getObject().resolveViewName("error/503", locale);
			Map<String, Object> model = new HashMap<>();
			model.put("retry", retry(request));
			view.render(model, request, response);
		}
		catch (Exception renderFailure) {
			log.warn("503 page not rendered, answered the plain page: {}", renderFailure.toString());
			response.resetBuffer();
			response.setContentType("text/html;charset=UTF-8");
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.getOutputStream()
				.write(PlainErrorPage.html(this.messages, locale, "503").getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Where "try again" leads: the page itself, or the sign-in page for a sign-in. */
	private static String retry(HttpServletRequest request) {
		if ("GET".equals(request.getMethod())) {
			String query = request.getQueryString();
			return request.getRequestURI() + ((query != null) ? "?" + query : "");
		}
		return request.getRequestURI().equals("/login") ? "/login" : null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
