package id.alurkerja.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * A sign-in that failed: the typed username is kept for the next try (in the session,
 * never in the URL), and while Alur is still starting (the demo accounts are loaded after
 * the server listens, before it is ready) the page says so instead of "wrong password".
 */
class SignInFailed extends ExceptionMappingAuthenticationFailureHandler {

	/** Session attribute holding the username of the last failed sign-in. */
	static final String LAST_USERNAME = "alur.login.lastUsername";

	private static final int MAX_KEPT = 100;

	private final ApplicationAvailability availability;

	SignInFailed(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			request.getSession()
				.setAttribute(LAST_USERNAME,
						username.strip().substring(0, Math.min(MAX_KEPT, username.strip().length())));
		}
		if (!ready(this.availability)) {
			new DefaultRedirectStrategy().sendRedirect(request, response, "/login?starting");
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

	static boolean ready(ApplicationAvailability availability) {
		return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}
