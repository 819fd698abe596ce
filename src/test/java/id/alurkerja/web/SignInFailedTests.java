package id.alurkerja.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in before the demo accounts exist is not a wrong password: Alur says it is still
 * getting ready.
 */
class SignInFailedTests {

	@Test
	void aSignInWhileAlurIsStartingIsToldToTryAgainSoon() throws Exception {
		MockHttpServletResponse response = fail(ReadinessState.REFUSING_TRAFFIC);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?starting");
	}

	@Test
	void aSignInOnceAlurIsReadyIsAWrongPassword() throws Exception {
		MockHttpServletResponse response = fail(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	private static MockHttpServletResponse fail(ReadinessState readiness) throws Exception {
		SignInFailed handler = new SignInFailed(new Fixed(readiness));
		handler.setDefaultFailureUrl("/login?error");
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setParameter("username", "kadis.sanggau");
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.onAuthenticationFailure(request, response, new BadCredentialsException("no"));
		assertThat(request.getSession().getAttribute(SignInFailed.LAST_USERNAME)).isEqualTo("kadis.sanggau");
		return response;
	}

	private record Fixed(ReadinessState readiness) implements ApplicationAvailability {

		@Override
		public LivenessState getLivenessState() {
			return LivenessState.CORRECT;
		}

		@Override
		public ReadinessState getReadinessState() {
			return this.readiness;
		}

		@Override
		public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
			return defaultState;
		}

		@Override
		public <S extends AvailabilityState> S getState(Class<S> type) {
			return null;
		}

		@Override
		public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(
				Class<S> type) {
			return null;
		}

	}

}
