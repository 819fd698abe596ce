package id.alurkerja.tte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limit of the public verification page: requests per client address and minute,
 * counted in PostgreSQL ({@code insert ... on conflict do update ... returning}) so that
 * every node behind the load balancer counts the same; windows older than an hour are
 * deleted as new ones open.
 */
@Component
public class VerificationThrottle {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int perMinute;

	VerificationThrottle(JdbcTemplate jdbc, Clock clock,
			@Value("${alur.tte.verification.per-minute:30}") int perMinute) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perMinute = perMinute;
	}

	/** Counts a request of the client; false when it is over the limit of this minute. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean allow(String client) {
		Instant window = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Integer hits = this.jdbc.queryForObject("""
				insert into tte_verification_hit (client, window_start, hits) values (?, ?, 1)
				on conflict (client, window_start) do update set hits = tte_verification_hit.hits + 1
				returning hits
				""", Integer.class, client, Timestamp.from(window));
		if (hits != null && hits == 1) {
			this.jdbc.update("delete from tte_verification_hit where window_start < ?",
					Timestamp.from(window.minus(1, ChronoUnit.HOURS)));
		}
		return hits != null && hits <= this.perMinute;
	}

}
