package id.alurkerja.casework;

import id.alurkerja.org.AccountDisabled;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When an admin disables an account, the open tasks taken by or disposed to that person
 * return to their position's inbox, and the open dispositions naming that person are left
 * to whoever holds the receiving position (a Plt. or a successor may report back), in the
 * same transaction as the disabling.
 */
@Component
class DisabledAccountTasks {

	private final JdbcTemplate jdbc;

	DisabledAccountTasks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void release(AccountDisabled event) {
		this.jdbc.update("""
				update task set assignee_person_id = null, taken_at = null, version = version + 1
				where assignee_person_id = ? and kabupaten_id = ? and status = 'OPEN'""", event.personId(),
				event.kabupatenId());
		this.jdbc.update("""
				update delegation d set to_person_id = null, version = version + 1
				where d.to_person_id = ? and d.status = 'OPEN'
				  and exists (select 1 from task t where t.id = d.task_id and t.kabupaten_id = ?)""", event.personId(),
				event.kabupatenId());
	}

}
