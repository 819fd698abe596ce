package id.alurkerja.reports.evaluation;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code task_measure}: per completed task what the evaluation reads (working
 * minutes counted on the working calendar, calendar days, lane, acting, delegation,
 * output, the reason of a Tidak), computed with the same SQL the evaluation would run.
 * Casework is read only through the views it publishes for this
 * ({@link id.alurkerja.casework.CaseworkReadModel}), never its tables or codes; the
 * holidays through the calendar's ({@link id.alurkerja.calendar.CalendarReadModel}).
 * <p>
 * A scheduled run (one at a time across instances: {@code pg_try_advisory_xact_lock})
 * measures the tasks completed since its last run, looking back
 * {@value #LOOK_BACK_MINUTES} minutes for transactions that committed late; the
 * evaluation measures on demand the tasks of that window it does not find, so its figures
 * are always those of the tasks as they are. When the working calendar (holidays, office
 * hours, zone) is no longer the one the measures were counted on, they are dropped and
 * counted again; until then, and before the first complete run, the evaluation computes
 * everything directly.
 */
@Component
public class TaskMeasures {

	private static final Logger log = LoggerFactory.getLogger(TaskMeasures.class);

	/** Tasks completed this long before the last run are looked at again. */
	static final int LOOK_BACK_MINUTES = 60;

	private static final long LOCK = 0x7461736b6d65L;

	/** The working calendar as a table of cumulative office minutes per day. */
	static final String CALENDAR = """
			cal as (
			  select g::date as day, (extract(isodow from g) in (:workingDays) and h.day is null) as working
			  from generate_series(cast(:calFrom as date), cast(:calTo as date), interval '1 day') g
			  left join calendar_holiday h on h.day = g::date
			), cum as (
			  select day, working, coalesce(sum(case when working then :officeMinutes else 0 end)
			    over (order by day rows between unbounded preceding and 1 preceding), 0) as before
			  from cal
			)
			""";

	/** The measure columns, in table order. */
	static final String COLUMNS = """
			task_id, case_id, kabupaten_id, revision_id, unit_id, step_no, position_id, completed_at, due_at, outcome,
			wmin, cdays, by_lane, by_acting, delegated, has_doc, output_missing, reason""";

	/** The columns of {@code task_measure_day}, in table order. */
	static final String DAY_COLUMNS = """
			kabupaten_id, revision_id, unit_id, day, step_no, position_id, reason, completed, with_std, within,
			overdue, returns, by_lane, by_acting, delegated, output_present, output_missing""";

	/**
	 * The per-day sums ({@link #DAY_COLUMNS}) of the measure rows of the relation put in
	 * for {@code %s}.
	 */
	static final String DAY_SUMS = """
			select kabupaten_id, revision_id, unit_id, (completed_at at time zone :zone)::date as day, step_no,
			  position_id, reason,
			  count(*) as completed,
			  count(*) filter (where due_at is not null) as with_std,
			  count(*) filter (where completed_at <= due_at) as within,
			  count(*) filter (where completed_at > due_at) as overdue,
			  count(*) filter (where reason is not null) as returns,
			  count(*) filter (where by_lane) as by_lane,
			  count(*) filter (where by_acting) as by_acting,
			  count(*) filter (where delegated) as delegated,
			  count(*) filter (where has_doc) as output_present,
			  count(*) filter (where output_missing) as output_missing
			from %s
			group by kabupaten_id, revision_id, unit_id, 4, step_no, position_id, reason""";

	/** Adds per-day sums to {@code task_measure_day}. */
	static final String ADD_DAY_SUMS = """
			insert into task_measure_day (%s) %s
			on conflict (revision_id, day, step_no, position_id, unit_id, reason) do update set
			  completed = task_measure_day.completed + excluded.completed,
			  with_std = task_measure_day.with_std + excluded.with_std,
			  within = task_measure_day.within + excluded.within,
			  overdue = task_measure_day.overdue + excluded.overdue,
			  returns = task_measure_day.returns + excluded.returns,
			  by_lane = task_measure_day.by_lane + excluded.by_lane,
			  by_acting = task_measure_day.by_acting + excluded.by_acting,
			  delegated = task_measure_day.delegated + excluded.delegated,
			  output_present = task_measure_day.output_present + excluded.output_present,
			  output_missing = task_measure_day.output_missing + excluded.output_missing""";

	/**
	 * Measures the done tasks of {@code casework_task_fact t join casework_case_fact c}
	 * (casework's read model, {@link id.alurkerja.casework.CaseworkReadModel}) that
	 * satisfy the condition put in for {@code %s} (starting with {@code and}). A
	 * measure's {@code reason} is set exactly when the task was returned with Tidak (the
	 * sums count returns by it); its {@code outcome} is casework's code, kept as it is.
	 */
	static final String MEASURE = """
			select q.task_id, q.case_id, q.kabupaten_id, q.revision_id, q.unit_id, q.step_no, q.position_id,
			  q.completed_at, q.due_at, q.outcome,
			  ((ce.before + case when ce.working then greatest(0, least(:closes, m.me) - :opens) else 0 end)
			    - (cs.before + case when cs.working then greatest(0, least(:closes, m.ms) - :opens) else 0 end))::float8 as wmin,
			  (extract(epoch from q.completed_at - q.created_at) / 86400.0)::float8 as cdays,
			  coalesce(q.by_definitive_holder and q.completed_by_position_id = q.position_id and not q.delegated,
			    false) as by_lane,
			  q.by_acting,
			  q.delegated,
			  q.has_output as has_doc,
			  q.output_missing,
			  q.return_reason as reason
			from (
			  select t.task_id, t.case_id, c.kabupaten_id, c.revision_id, c.unit_id, t.step_no, t.position_id,
			    t.created_at, t.completed_at, t.due_at, t.outcome, t.completed_by_position_id, t.by_definitive_holder,
			    t.by_acting, t.delegated, t.has_output, t.output_missing, t.return_reason
			  from casework_task_fact t
			  join casework_case_fact c on c.case_id = t.case_id
			  where t.done %s
			  offset 0
			) q
			cross join lateral (select q.created_at at time zone :zone as ls, q.completed_at at time zone :zone as le) l
			cross join lateral (select extract(hour from l.ls) * 60 + extract(minute from l.ls)
			    + extract(second from l.ls) / 60 as ms,
			  extract(hour from l.le) * 60 + extract(minute from l.le) + extract(second from l.le) / 60 as me) m
			left join cum cs on cs.day = l.ls::date
			left join cum ce on ce.day = l.le::date
			""";

	/** Where the measures stand: usable only when complete and on today's calendar. */
	public record State(boolean usable, Instant lookFrom) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final CalendarService calendars;

	private volatile boolean suspended;

	TaskMeasures(NamedParameterJdbcTemplate jdbc, CalendarService calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	/** The parameters of {@link #CALENDAR} and {@link #MEASURE}. */
	MapSqlParameterSource calendarParams(MapSqlParameterSource params, LocalDate calFrom, LocalDate calTo) {
		WorkingCalendar calendar = this.calendars.calendar();
		return params.addValue("calFrom", calFrom)
			.addValue("calTo", calTo)
			.addValue("officeMinutes", (int) calendar.officeMinutesPerDay())
			.addValue("opens", minuteOfDay(calendar.opens()))
			.addValue("closes", minuteOfDay(calendar.closes()))
			.addValue("zone", calendar.zone().getId())
			.addValue("workingDays", isoDays(calendar));
	}

	/** The working week as ISO day numbers (Monday = 1). */
	private static List<Integer> isoDays(WorkingCalendar calendar) {
		List<Integer> days = calendar.workingWeek().stream().map(DayOfWeek::getValue).sorted().toList();
		return days.isEmpty() ? List.of(0) : days;
	}

	/**
	 * What the measures depend on besides the tasks: holidays, office hours, zone,
	 * working week.
	 */
	String calendarKey() {
		WorkingCalendar calendar = this.calendars.calendar();
		return this.jdbc.getJdbcTemplate()
			.queryForObject(
					"select md5(? || coalesce(string_agg(day::text, ',' order by day), '')) from calendar_holiday",
					String.class, "%s|%s|%d|%s|%s|".formatted(calendar.opens(), calendar.closes(),
							calendar.officeMinutesPerDay(), calendar.zone().getId(), isoDays(calendar)));
	}

	/** The state the evaluation reads by (in its own transaction). */
	public State state() {
		String key = calendarKey();
		return this.jdbc.getJdbcTemplate()
			.query("select calendar_key, complete, measured_until from task_measure_state where id = 1", rs -> {
				if (!rs.next()) {
					return new State(false, null);
				}
				Timestamp until = rs.getTimestamp("measured_until");
				boolean usable = rs.getBoolean("complete") && key.equals(rs.getString("calendar_key")) && until != null;
				return new State(usable, usable ? until.toInstant().minusSeconds(LOOK_BACK_MINUTES * 60L) : null);
			});
	}

	/**
	 * Measures what is not measured yet; returns how many tasks it measured (0 when
	 * another run holds the lock).
	 */
	@Scheduled(fixedDelayString = "${alur.reports.measure-interval:PT1M}", initialDelayString = "PT20S")
	@Transactional
	public int refresh() {
		if (this.suspended) {
			return 0;
		}
		Boolean locked = this.jdbc.getJdbcTemplate()
			.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		long began = System.nanoTime();
		this.jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
		Map<String, Object> state = this.jdbc.getJdbcTemplate()
			.queryForMap(
					"select calendar_key, complete, measured_until from task_measure_state where id = 1 for update");
		String key = calendarKey();
		boolean complete = Boolean.TRUE.equals(state.get("complete"));
		if (complete && !key.equals(state.get("calendar_key"))) {
			log.info("The working calendar changed: task measures are counted again");
			this.jdbc.getJdbcTemplate().execute("truncate task_measure, task_measure_day");
			complete = false;
		}
		ZoneId zone = this.calendars.calendar().zone();
		Instant now = this.jdbc.getJdbcTemplate().queryForObject("select now()", Timestamp.class).toInstant();
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where;
		if (complete) {
			Instant lookFrom = ((Timestamp) state.get("measured_until")).toInstant()
				.minusSeconds(LOOK_BACK_MINUTES * 60L);
			params.addValue("lookFrom", Timestamp.from(lookFrom));
			where = " and t.completed_at >= :lookFrom";
		}
		else {
			params.addValue("lookFrom", Timestamp.from(Instant.EPOCH));
			where = "";
		}
		// the calendar spans every task to measure, from its creation to its completion
		Map<String, Object> span = this.jdbc.queryForMap("""
				select min(created_at) as first, max(completed_at) as last from casework_task_fact
				where done and completed_at >= :lookFrom""", params);
		LocalDate calFrom = (span.get("first") != null)
				? LocalDate.ofInstant(((Timestamp) span.get("first")).toInstant(), zone).minusDays(1)
				: LocalDate.ofInstant(now, zone);
		LocalDate calTo = (span.get("last") != null)
				? LocalDate.ofInstant(((Timestamp) span.get("last")).toInstant(), zone).plusDays(1)
				: LocalDate.ofInstant(now, zone);
		calendarParams(params, calFrom,
				calTo.isAfter(LocalDate.ofInstant(now, zone)) ? calTo : LocalDate.ofInstant(now, zone).plusDays(1));
		// the new measures and their per-day sums in one statement
		Integer measured = this.jdbc
			.queryForObject("with " + CALENDAR + ", measured as (insert into task_measure (" + COLUMNS + ") "
					+ MEASURE.formatted(
							where + " and not exists (select 1 from task_measure tm where tm.task_id = t.task_id)")
					+ " on conflict (task_id) do nothing returning *), summed as ("
					+ ADD_DAY_SUMS.formatted(DAY_COLUMNS, DAY_SUMS.formatted("measured"))
					+ " returning 1) select count(*) from measured", params, Integer.class);
		this.jdbc
			.update("""
					update task_measure_state set calendar_key = :key, complete = true, measured_until = :now where id = 1""",
					new MapSqlParameterSource("key", key).addValue("now", Timestamp.from(now)));
		if (measured != null && measured > 0) {
			log.debug("Measured {} tasks in {} ms", measured, (System.nanoTime() - began) / 1_000_000);
		}
		return (measured != null) ? measured : 0;
	}

	/**
	 * Adds the per-day sums of stored measures written in bulk (the history generator),
	 * in the caller's transaction; one writer at a time with {@link #refresh()}.
	 */
	public void addDaySums(long[] taskIds) {
		if (taskIds.length == 0) {
			return;
		}
		this.jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
			this.jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
			Array ids = connection.createArrayOf("bigint", Arrays.stream(taskIds).boxed().toArray());
			try {
				this.jdbc.update(
						ADD_DAY_SUMS.formatted(DAY_COLUMNS,
								DAY_SUMS.formatted("(select * from task_measure where task_id = any(:ids)) m")),
						new MapSqlParameterSource("zone", this.calendars.calendar().zone().getId()).addValue("ids",
								ids));
			}
			finally {
				ids.free();
			}
			return null;
		});
	}

	/**
	 * Sums {@code task_measure_day} again from every stored measure (after measures were
	 * written in bulk); returns the number of per-day rows.
	 */
	@Transactional
	public int sumDays() {
		// not while a run adds sums of its own
		this.jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
		this.jdbc.getJdbcTemplate().execute("truncate task_measure_day");
		return this.jdbc.update(
				"insert into task_measure_day (" + DAY_COLUMNS + ") " + DAY_SUMS.formatted("task_measure"),
				new MapSqlParameterSource("zone", this.calendars.calendar().zone().getId()));
	}

	/**
	 * After tasks were written with completion times in the past (the history generator):
	 * the next run looks at every completed task again, and until then the evaluation
	 * computes directly.
	 */
	public void invalidate() {
		this.jdbc.getJdbcTemplate().update("update task_measure_state set complete = false where id = 1");
	}

	/** Holds the scheduled runs, e.g. during a bulk load. */
	public void suspend(boolean suspend) {
		this.suspended = suspend;
	}

	/** For tests: the state as stored. */
	Optional<Instant> measuredUntil() {
		return Optional
			.ofNullable(this.jdbc.getJdbcTemplate()
				.queryForObject("select measured_until from task_measure_state where id = 1", Timestamp.class))
			.map(Timestamp::toInstant);
	}

	static int minuteOfDay(LocalTime time) {
		return (int) Duration.between(LocalTime.MIDNIGHT, time).toMinutes();
	}

}
