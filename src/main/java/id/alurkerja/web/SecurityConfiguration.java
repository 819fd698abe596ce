package id.alurkerja.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Form login with our own page; everything else needs a signed-in user. CSRF stays on,
 * remember-me stays off, and the CSP allows no inline script. A session that has ended
 * (expired, or unknown to the database) leads to the sign-in page saying so, for a link
 * as for a form sent from a page opened before.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String SESSION_ENDED_URL = "/login?expired";

	/** Everything but a document previewed inside the signing page. */
	private static final RequestMatcher PAGES = new NegatedRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/cases/*/versions/*/view"));

	/** The methods the firewall lets through; any other is refused as 405, not 400. */
	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, KeptForms kept, ApplicationAvailability availability) throws Exception {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(dao, throttle);
		ExceptionMappingAuthenticationFailureHandler failureHandler = new SignInFailed(availability);
		failureHandler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
		failureHandler.setDefaultFailureUrl("/login?error");
		// an explicit manager without a parent: a throttled attempt must not fall through
		// to another provider
		http.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health",
						"/actuator/health/**")
				.permitAll()
				// the public verification of a signed document (tte.web): anyone holding
				// its QR code, signed in or not; rate-limited there
				.requestMatchers("/verifikasi/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				// a unit SOP admin (ROLE_SOP_ADMIN) edits its unit's SOPs; the editor
				// checks
				// the unit, everything else under /admin is for the kabupaten admin
				.requestMatchers("/admin/sop", "/admin/sop/**")
				.hasAnyRole("ADMIN", "SOP_ADMIN")
				.requestMatchers("/admin", "/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signedIn(kept))
				.failureHandler(failureHandler)
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler(kept)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// every page: never framed, scripts and styles from Alur only; a document
			// previewed inside the signing page sets its own framing headers (its
			// controller knows whether it is a PDF or an image)
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAGES,
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAGES,
						new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * URL spellings the firewall refuses ({@code //admin}, {@code ;x=1}, {@code %2e%2e})
	 * are a 400, verbs it refuses (TRACE, PROPFIND) a 405: both Alur's error pages.
	 */
	@Bean
	WebSecurityCustomizer rejectedRequests() {
		RequestRejectedHandler handler = (request, response, rejected) -> response
			.sendError(METHODS.contains(request.getMethod()) ? HttpServletResponse.SC_BAD_REQUEST
					: HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		return web -> web.requestRejectedHandler(handler);
	}

	/** A page opened with a session that has ended: sign in again, and be told why. */
	private static AuthenticationEntryPoint entryPoint() {
		return new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
				new RequestMatcherEntry<>(SecurityConfiguration::sessionEnded,
						new LoginUrlAuthenticationEntryPoint(SESSION_ENDED_URL)));
	}

	/**
	 * Signed in: to the inbox, or back to the page of a form sent after the session had
	 * ended, with what was typed in it ({@link KeptForms}).
	 */
	private static AuthenticationSuccessHandler signedIn(KeptForms kept) {
		return new SimpleUrlAuthenticationSuccessHandler("/inbox") {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				return kept.restore(request, response, authentication.getName()).orElse("/inbox");
			}

		};
	}

	/**
	 * A form sent without a valid CSRF token by someone not signed in: their session
	 * ended (timed out, signed out in another tab) after the page was opened. That is not
	 * "not allowed" but "sign in again", and what they typed is kept for after. Signed-in
	 * users get the 403 page.
	 */
	private static AccessDeniedHandler accessDeniedHandler(KeptForms kept) {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
		return (request, response, denied) -> {
			if (denied instanceof CsrfException
					&& !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
				kept.keep(request, response);
				redirect.sendRedirect(request, response, SESSION_ENDED_URL);
			}
			else {
				forbidden.handle(request, response, denied);
			}
		};
	}

	private static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
