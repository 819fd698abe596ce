package id.alurkerja.casework;

import java.sql.Timestamp;
import java.time.Clock;
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

	private final CaseAccess access;

	Reading(JdbcTemplate jdbc, Clock clock, CaseAccess access) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.access = access;
	}

	/**
	 * The person opened the case page; called after the page was allowed, so it never
	 * records a case the person may not see.
	 */
	@Transactional
	public void opened(AlurUser user, Long caseId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into case_seen (case_id, person_id, seen_at) values (?, ?, ?)
				on conflict (case_id, person_id) do update set seen_at = excluded.seen_at""", caseId, user.personId(),
				now);
		List<Long> positions = this.access.actor(user).holdings().stream().map(h -> h.position().id()).toList();
		if (!positions.isEmpty()) {
			// the disposisi branches addressed to them that they had not read yet
			this.jdbc.update("""
					update delegation d set read_at = ?
					from task t
					where t.id = d.task_id and t.case_id = ? and d.status = 'OPEN' and d.read_at is null
					  and d.to_position_id = any(?) and (d.to_person_id is null or d.to_person_id = ?)""", now, caseId,
					positions.toArray(Long[]::new), user.personId());
		}
	}

}
