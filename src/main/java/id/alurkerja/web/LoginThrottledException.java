package id.alurkerja.web;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for a while after repeated failures for the same username. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-ins");
	}

}
