package id.alurkerja.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may see a case and who acts for whom. A case of another kabupaten does not exist
 * for the user; within the kabupaten a user sees a case they acted on, whose work reached
 * one of their positions or a position under them, or (unless rahasia) that belongs to
 * their unit or a unit under it. Superiors of anyone who acted on it see it too.
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
		if (!actor.kabupatenId().equals(c.getKabupatenId())) {
			return false;
		}
		if (actor.admin()) {
			return true;
		}
		Integer acted = this.jdbc.queryForObject(
				"select count(*) from case_event where case_id = ? and actor_person_id = ?", Integer.class, c.getId(),
				actor.personId());
		if (acted != null && acted > 0) {
			return true;
		}
		Set<Long> reached = new HashSet<>(this.jdbc.queryForList("""
				select position_id from task where case_id = ?
				union select to_position_id from delegation d join task t on t.id = d.task_id where t.case_id = ?
				union select actor_position_id from case_event where case_id = ? and actor_position_id is not null""",
				Long.class, c.getId(), c.getId(), c.getId()));
		for (var holding : actor.holdings()) {
			Long mine = holding.position().id();
			if (reached.contains(mine)) {
				return true;
			}
			List<PositionView> below = this.directory.subordinatesOf(c.getKabupatenId(), mine);
			if (below.stream().anyMatch(p -> reached.contains(p.id()))) {
				return true;
			}
		}
		if (c.getSifat() == Sifat.RAHASIA) {
			return false;
		}
		Set<Long> ownerAndAbove = new HashSet<>(this.directory.unitWithAncestors(c.getKabupatenId(), c.getUnitId())
			.stream()
			.map(UnitView::id)
			.toList());
		return actor.holdings().stream().anyMatch(h -> ownerAndAbove.contains(h.position().unitId()));
	}

}
