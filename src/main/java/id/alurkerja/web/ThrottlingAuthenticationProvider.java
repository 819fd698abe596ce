package id.alurkerja.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;

/**
 * Puts the {@link LoginThrottle} in front of the password check. When PostgreSQL cannot
 * be reached, the failure is passed on as it is, so that the user is told the service is
 * disturbed (503) instead of "wrong password".
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		LoginThrottle.Attempt attempt = this.throttle.attempt(username);
		if (attempt == LoginThrottle.Attempt.LOCKED) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (attempt == LoginThrottle.Attempt.LAST) {
				throw new LoginThrottledException();
			}
			throw ex;
		}
		catch (InternalAuthenticationServiceException ex) {
			// the account could not be read: an outage is not the user's fault
			if (DatabaseOutage.causedBy(ex) && ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
