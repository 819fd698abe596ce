package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as casework sees them, and the facts {@link VisibilityPolicy} reads
 * to decide whether they may see a case (read lazily, in the rule's order, so a person
 * who acted on the case costs one statement).
 */
@Component
class CaseAccess {

	private final OrgDirectory directory;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseAccess(OrgDirectory directory, JdbcTemplate jdbc, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Actor actor(AlurUser user) {
		return new Actor(user.personId(), user.displayName(), user.kabupatenId(), user.admin(),
				this.directory.positionsHeldBy(user.personId(), LocalDate.now(this.clock)));
	}

	boolean canView(Actor actor, CaseFile c) {
		VisibilityPolicy.Reach reach = new VisibilityPolicy.Reach(() -> {
			Integer acted = this.jdbc.queryForObject(
					"select count(*) from case_event where case_id = ? and actor_person_id = ?", Integer.class,
					c.getId(), actor.personId());
			return acted != null && acted > 0;
		}, () -> new HashSet<>(this.jdbc.queryForList("""
				select position_id from task where case_id = ?
				union select to_position_id from delegation d join task t on t.id = d.task_id where t.case_id = ?
				union select actor_position_id from case_event where case_id = ? and actor_position_id is not null""",
				Long.class, c.getId(), c.getId(), c.getId())));
		return VisibilityPolicy.maySee(actor, c, reach,
				Organisation.of(this.directory, c.getKabupatenId(), LocalDate.now(this.clock)));
	}

}
