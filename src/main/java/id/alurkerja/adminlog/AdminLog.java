package id.alurkerja.adminlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the admin audit log. Writing joins the caller's transaction, so a
 * change and its log entry are kept or lost together; the table refuses updates and
 * deletes.
 */
@Service
public class AdminLog {

	/** Longer before/after texts are cut: the log says what changed, not every byte. */
	static final int MAX_TEXT = 4000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AdminLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AdminActor actor, String action, String subject, String before, String after) {
		this.jdbc.update("""
				insert into admin_log (kabupaten_id, at, actor_account_id, actor, action, subject, before, after)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", actor.kabupatenId(), Timestamp.from(this.clock.instant()),
				actor.accountId(), actor.username(), action, subject, cut(before), cut(after));
	}

	/** The newest entries of one kabupaten first. */
	@Transactional(readOnly = true)
	public List<AdminLogEntry> entries(Long kabupatenId, int offset, int limit) {
		return this.jdbc.query("""
				select id, at, actor, action, subject, before, after from admin_log
				where kabupaten_id = ? order by at desc, id desc offset ? limit ?""",
				(rs, i) -> new AdminLogEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("subject"), rs.getString("before"), rs.getString("after")),
				kabupatenId, offset, limit);
	}

	private static String cut(String text) {
		return (text == null || text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT) + "…";
	}

}
