package id.alurkerja.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for a username for {@code alur.login.lock-duration} once
 * {@code alur.login.max-failures} attempts have failed within that duration. Counted in
 * PostgreSQL ({@code login_throttle}), so every node shares one count, and counted
 * <em>before</em> the password is checked: attempts sent to several nodes at once still
 * get at most that many password checks per window. Times are the database's, so nodes
 * with slightly different clocks agree.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Longer names share a row: no account has one. */
	private static final int KEY_LENGTH = 200;

	/** What an attempt may do. */
	enum Attempt {

		/** Check the password. */
		ALLOWED,

		/** Check the password; if it is wrong, the username is now locked. */
		LAST,

		/** Locked: do not check the password. */
		LOCKED

	}

	/**
	 * One statement, so two nodes counting the same username at once serialise on its
	 * row. A locked row is left as it is (no row returned); a window that has passed, or
	 * whose lock has ended, starts again at one attempt.
	 */
	private static final String ATTEMPT = """
			insert into login_throttle as t (username, attempts, window_start, locked_until)
			values (:username, 1, statement_timestamp(),
			        case when 1 >= :max then statement_timestamp() + make_interval(secs => :seconds) end)
			on conflict (username) do update set
			  attempts = case when t.window_start + make_interval(secs => :seconds) < statement_timestamp()
			                    or t.locked_until is not null then 1 else t.attempts + 1 end,
			  window_start = case when t.window_start + make_interval(secs => :seconds) < statement_timestamp()
			                    or t.locked_until is not null then statement_timestamp() else t.window_start end,
			  locked_until = case when (case when t.window_start + make_interval(secs => :seconds) < statement_timestamp()
			                    or t.locked_until is not null then 1 else t.attempts + 1 end) >= :max
			                 then statement_timestamp() + make_interval(secs => :seconds) end
			where t.locked_until is null or t.locked_until <= statement_timestamp()
			returning t.attempts""";

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(JdbcTemplate jdbc, @Value("${alur.login.max-failures:5}") int maxFailures,
			@Value("${alur.login.lock-duration:PT5M}") Duration lockDuration) {
		this.jdbc = JdbcClient.create(jdbc);
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	/**
	 * Counts an attempt for the username and answers whether its password may be checked.
	 */
	Attempt attempt(String username) {
		Optional<Integer> attempts = this.jdbc.sql(ATTEMPT)
			.param("username", key(username))
			.param("max", this.maxFailures)
			.param("seconds", (double) this.lockDuration.toSeconds())
			.query(Integer.class)
			.optional();
		if (attempts.isEmpty()) {
			return Attempt.LOCKED;
		}
		return (attempts.get() >= this.maxFailures) ? Attempt.LAST : Attempt.ALLOWED;
	}

	/**
	 * The password was right: the count starts again (a lock set by this attempt goes).
	 */
	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_throttle where username = :username")
			.param("username", key(username))
			.update();
	}

	/** Rows whose window and lock are long over; any node may remove them. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
	void forgetOld() {
		try {
			this.jdbc.sql("""
					delete from login_throttle
					where window_start < statement_timestamp() - 2 * make_interval(secs => :seconds)
					  and (locked_until is null or locked_until < statement_timestamp())""")
				.param("seconds", (double) this.lockDuration.toSeconds())
				.update();
		}
		catch (DataAccessException ex) {
			log.warn("Old login throttle rows not removed: {}", ex.getMessage());
		}
	}

	static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

}
