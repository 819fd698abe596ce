package id.alurkerja.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and refuses further attempts for a while once
 * {@code alur.login.max-failures} have failed within the lock duration. Kept in memory:
 * each application instance throttles on its own, which still bounds guessing.
 */
@Component
class LoginThrottle {

	private record Failures(int count, Instant first, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(Clock clock, @Value("${alur.login.max-failures:5}") int maxFailures,
			@Value("${alur.login.lock-duration:PT5M}") Duration lockDuration) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	boolean isLocked(String username) {
		Failures f = this.failures.get(key(username));
		return f != null && f.lockedUntil() != null && this.clock.instant().isBefore(f.lockedUntil());
	}

	/** Records a failure and answers whether the username is now locked. */
	boolean recordFailure(String username) {
		Instant now = this.clock.instant();
		Failures updated = this.failures.compute(key(username), (k, f) -> {
			if (f == null || now.isAfter(f.first().plus(this.lockDuration))
					|| (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) {
				f = new Failures(0, now, null);
			}
			int count = f.count() + 1;
			return new Failures(count, f.first(), (count >= this.maxFailures) ? now.plus(this.lockDuration) : null);
		});
		evictOld(now);
		return updated.lockedUntil() != null;
	}

	void recordSuccess(String username) {
		this.failures.remove(key(username));
	}

	private void evictOld(Instant now) {
		if (this.failures.size() > 10_000) {
			this.failures.values()
				.removeIf(f -> now.isAfter(f.first().plus(this.lockDuration).plus(this.lockDuration)));
		}
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
