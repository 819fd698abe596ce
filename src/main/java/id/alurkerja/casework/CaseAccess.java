package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import id.alurkerja.audit.CaseHistory;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as casework sees them, and the facts {@link VisibilityPolicy} reads
 * to decide whether they may see a case (read lazily, in the rule's order, so a person
 * who acted on the case costs one statement). Who acted comes from audit: its
 * {@link CaseHistory#actedOn} and its read model ({@code audit_case_actor}).
 */
@Component
class CaseAccess {

	private final OrgDirectory directory;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CaseHistory history;

	CaseAccess(OrgDirectory directory, JdbcTemplate jdbc, Clock clock, CaseHistory history) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.history = history;
	}

	Actor actor(AlurUser user) {
		return new Actor(user.personId(), user.displayName(), user.kabupatenId(), user.admin(),
				this.directory.positionsHeldBy(user.personId(), LocalDate.now(this.clock)));
	}

	boolean canView(Actor actor, CaseFile c) {
		VisibilityPolicy.Reach reach = new VisibilityPolicy.Reach(
				() -> this.history.actedOn(new CaseId(c.getId()), PersonId.of(actor.personId())),
				() -> new HashSet<>(this.jdbc.queryForList(
						"""
								select position_id from task where case_id = ?
								union select unnest(paraf_position_ids) from task where case_id = ?
								union select to_position_id from delegation d join task t on t.id = d.task_id where t.case_id = ?
								union select actor_position_id from audit_case_actor
								where case_id = ? and actor_position_id is not null""",
						Long.class, c.getId(), c.getId(), c.getId(), c.getId())));
		return VisibilityPolicy.maySee(actor, c, reach,
				Organisation.of(this.directory, c.getKabupatenId(), LocalDate.now(this.clock)));
	}

}
