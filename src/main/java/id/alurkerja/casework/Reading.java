package id.alurkerja.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.alurkerja.org.AlurUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a person last opened a case (table {@code case_seen}): what reached them after
 * that is unread in their inbox, and a disposisi branch whose recipient opened the case
 * reads as "dibaca" to its sender (and can no longer be recalled). In PostgreSQL, so
 * every node agrees.
 */
@Component
public class Reading {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Reading(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The person opened the case page; called after the page was allowed, so it never
	 * records a case the person may not see.
	 */
	@Transactional
	public void opened(AlurUser user, Long caseId) {
		this.jdbc.update("""
				insert into case_seen (case_id, person_id, seen_at) values (?, ?, ?)
				on conflict (case_id, person_id) do update set seen_at = excluded.seen_at""", caseId, user.personId(),
				Timestamp.from(this.clock.instant()));
	}

	/** Whether any of the people opened the case at or after the time. */
	boolean readSince(Long caseId, List<Long> personIds, Instant since) {
		Boolean read = this.jdbc.queryForObject(
				"select exists (select 1 from case_seen where case_id = ? and person_id = any(?) and seen_at >= ?)",
				Boolean.class, caseId, personIds.toArray(Long[]::new), Timestamp.from(since));
		return Boolean.TRUE.equals(read);
	}

}
