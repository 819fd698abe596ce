package id.alurkerja.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads an upload's body before anything else does, so that one over the container's
 * limits ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) gets
 * Alur's 413 page, signed in with navigation and a way back to the case, instead of
 * Tomcat's raw page: once a body failed to parse, whatever reads a parameter afterwards
 * (the CSRF check, the language switch) fails again, so the page is rendered for a
 * request without body. A body that is no valid multipart gets the 400 page the same way.
 * Runs after the session repository (the page needs the user) and before security.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern CASE_PAGE = Pattern.compile("^(/cases/\\d+)(/.*)?$");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	private final String errorPath;

	UploadLimitFilter(String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.multipart.isMultipart(request)) {
			int status = 0;
			try {
				// parsed once: Tomcat keeps the parts for the dispatcher's own resolution
				this.multipart.resolveMultipart(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
			}
			catch (MultipartException ex) {
				status = HttpServletResponse.SC_BAD_REQUEST;
			}
			if (status != 0) {
				errorPage(request, response, status);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void errorPage(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "dispatcherServlet");
		Matcher casePage = CASE_PAGE.matcher(request.getRequestURI());
		if (casePage.matches()) {
			request.setAttribute("back", casePage.group(1));
		}
		response.setStatus(status);
		request.getRequestDispatcher(this.errorPath).forward(new WithoutBody(request), response);
	}

	/** The upload as the error page sees it: a GET without parameters or body. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public String getHeader(String name) {
			return ("content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name)) ? null
					: super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
			return new ServletInputStream() {

				@Override
				public int read() {
					return empty.read();
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("not asynchronous");
				}

			};
		}

	}

}
