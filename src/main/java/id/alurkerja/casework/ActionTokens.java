package id.alurkerja.casework;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: each form of the case pages carries a random token, used up in
 * the transaction of its action. A second submit of the same form (a double click, a
 * resend, two at once) waits on the first one's row and is refused once it commits; if
 * the first one fails, its token is free again.
 */
@Component
class ActionTokens {

	private final JdbcTemplate jdbc;

	ActionTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Uses up a form's token (null: a caller without a form, unchecked). */
	void consume(UUID token) {
		if (token == null) {
			return;
		}
		int inserted = this.jdbc.update(
				"insert into action_token (token, used_at) values (?, now()) on conflict (token) do nothing", token);
		if (inserted == 0) {
			throw new CaseworkException.Conflict("casework.doubleSubmit");
		}
	}

}
