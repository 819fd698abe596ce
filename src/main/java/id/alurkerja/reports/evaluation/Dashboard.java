package id.alurkerja.reports.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.reports.evaluation.ReportScope.Viewer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The heads' dashboard: open cases by SOP and unit, what is overdue now, cases completed
 * per month, and the SOP steps with the most late completions. Only cases of the units
 * the viewer may read. Cases and tasks come from casework's read model
 * ({@link id.alurkerja.casework.CaseworkReadModel}), SOP codes and names from the SOP
 * catalogue's ({@link id.alurkerja.sop.SopReadModel}), unit names and position titles
 * from the organisation's ({@link id.alurkerja.org.OrgReadModel}).
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	/** How many overdue tasks the dashboard lists. */
	public static final int OVERDUE_LISTED = 50;

	/** How many of the most delayed steps it lists. */
	public static final int DELAYS_LISTED = 10;

	/** Months of completed cases and of delays. */
	public static final int MONTHS = 12;

	public record OpenCases(String sopCode, String sopName, String unit, int open, int overdue) {
	}

	public record Overdue(Long caseId, String registrationNo, String perihal, String sopCode, String stepNo,
			String position, Instant dueAt, long daysLate) {
	}

	public record MonthCount(String month, int completed) {
	}

	public record Delay(String sopCode, String sopName, String stepNo, int late) {
	}

	public record View(List<OpenCases> open, List<Overdue> overdue, List<MonthCount> completed, List<Delay> delays,
			int openTotal, int overdueTotal) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final CalendarService calendars;

	private final Clock clock;

	private final TaskMeasures measures;

	Dashboard(NamedParameterJdbcTemplate jdbc, CalendarService calendars, Clock clock, TaskMeasures measures) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.calendars = calendars;
		this.clock = clock;
	}

	public View view(Viewer viewer) {
		ZoneId zone = this.calendars.calendar().zone();
		Instant now = this.clock.instant();
		LocalDate firstMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(MONTHS - 1);
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("kabupaten", viewer.kabupatenId())
			.addValue("units", viewer.units().isEmpty() ? List.of(-1L) : List.copyOf(viewer.units()))
			.addValue("now", Timestamp.from(now))
			.addValue("since", Timestamp.from(firstMonth.atStartOfDay(zone).toInstant()))
			.addValue("sinceDay", firstMonth)
			.addValue("zone", zone.getId());
		List<OpenCases> open = this.jdbc.query("""
				select s.code, r.name, u.name as unit, count(*) as open,
				  count(*) filter (where t.due_at < :now) as overdue
				from casework_case_fact c
				join sop_catalog_revision r on r.revision_id = c.revision_id join sop_catalog s on s.sop_id = r.sop_id
				join org_unit u on u.unit_id = c.unit_id
				left join casework_task_fact t on t.case_id = c.case_id and t.open
				where c.kabupaten_id = :kabupaten and c.running and c.unit_id in (:units)
				group by s.code, r.name, u.name order by count(*) desc, s.code""", p, (rs,
				i) -> new OpenCases(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
		List<Overdue> overdue = this.jdbc.query("""
				select c.case_id, c.registration_no, c.perihal, s.code, t.step_no, pos.title, t.due_at
				from casework_task_fact t join casework_case_fact c on c.case_id = t.case_id
				join sop_catalog_revision r on r.revision_id = c.revision_id join sop_catalog s on s.sop_id = r.sop_id
				join org_position pos on pos.position_id = t.position_id
				where t.open and t.due_at < :now and t.kabupaten_id = :kabupaten and c.unit_id in (:units)
				order by t.due_at, t.task_id limit %d""".formatted(OVERDUE_LISTED), p, (rs, i) -> {
			Instant due = rs.getTimestamp(7).toInstant();
			return new Overdue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), due, java.time.Duration.between(due, now).toDays());
		});
		List<MonthCount> completed = new ArrayList<>();
		List<MonthCount> found = this.jdbc.query("""
				select to_char(c.ended_at at time zone :zone, 'YYYY-MM') as m, count(*)
				from casework_case_fact c
				where c.kabupaten_id = :kabupaten and c.finished and c.ended_at >= :since
				  and c.unit_id in (:units)
				group by 1""", p, (rs, i) -> new MonthCount(rs.getString(1), rs.getInt(2)));
		for (int i = 0; i < MONTHS; i++) {
			String month = firstMonth.plusMonths(i).toString().substring(0, 7);
			completed.add(new MonthCount(month,
					found.stream()
						.filter(f -> f.month().equals(month))
						.mapToInt(MonthCount::completed)
						.findFirst()
						.orElse(0)));
		}
		List<Delay> delays = this.jdbc.query(delaysQuery(p), p,
				(rs, i) -> new Delay(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
		Integer overdueTotal = this.jdbc.queryForObject("""
				select count(*) from casework_task_fact t join casework_case_fact c on c.case_id = t.case_id
				where t.open and t.due_at < :now and t.kabupaten_id = :kabupaten and c.unit_id in (:units)""", p,
				Integer.class);
		return new View(open, overdue, completed, delays, open.stream().mapToInt(OpenCases::open).sum(),
				(overdueTotal != null) ? overdueTotal : 0);
	}

	/**
	 * The steps with the most late completions since {@code :since}: from the per-day
	 * sums of the task measures plus the tasks not measured yet, or straight from the
	 * tasks while the measures are being counted again.
	 */
	private String delaysQuery(MapSqlParameterSource p) {
		String late = """
				select c.revision_id, t.step_no, 1 as late
				from casework_task_fact t join casework_case_fact c on c.case_id = t.case_id
				where t.kabupaten_id = :kabupaten and t.done and t.completed_at > t.due_at
				  and t.completed_at >= :since and c.unit_id in (:units)""";
		TaskMeasures.State state = this.measures.state();
		if (state.usable()) {
			p.addValue("lookFrom", Timestamp.from(state.lookFrom()));
			late = """
					select d.revision_id, d.step_no, d.overdue as late
					from task_measure_day d
					where d.kabupaten_id = :kabupaten and d.day >= :sinceDay and d.unit_id in (:units) and d.overdue > 0
					union all
					""" + late
					+ """

							and t.completed_at >= :lookFrom and not exists (select 1 from task_measure m where m.task_id = t.task_id)""";
		}
		return """
				select s.code, max(r.name), l.step_no, sum(l.late)
				from (%s) l
				join sop_catalog_revision r on r.revision_id = l.revision_id join sop_catalog s on s.sop_id = r.sop_id
				group by s.code, l.step_no order by sum(l.late) desc, s.code, l.step_no limit %d""".formatted(late,
				DELAYS_LISTED);
	}

}
