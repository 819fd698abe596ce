package id.alurkerja.reports.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.TimeUnit;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures an SOP against its own standards, in one pass of SQL over the tasks completed
 * in the period.
 * <p>
 * The time a step took runs from the task's creation (when the step reached its lane) to
 * its completion. Minutes and hours count office minutes on the working calendar,
 * computed in SQL from a calendar of cumulative office minutes per day (the same rule as
 * {@link WorkingCalendar#workingMinutesBetween}); working days are office minutes divided
 * by a day's office minutes; months are calendar days divided by
 * {@value #DAYS_PER_MONTH}. Median and 90th percentile interpolate linearly
 * ({@code percentile_cont}, like PERCENTILE.INC).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

	/** A month of a time standard counted as this many calendar days. */
	public static final double DAYS_PER_MONTH = 30.0;

	/** How far before the period the working calendar reaches for long-running steps. */
	static final int CALENDAR_YEARS_BEFORE = 3;

	/**
	 * The cases behind an evaluation: those with a task completed in the period (the case
	 * list and its export), from casework's read model.
	 */
	private static final String CASES = """
			from casework_case_fact c
			join casework_task_fact t on t.case_id = c.case_id
			where c.kabupaten_id = :kabupaten and c.revision_id in (:revisions)
			  and c.started_at < :end and (c.ended_at is null or c.ended_at >= :start)
			  and t.done and t.completed_at >= :start and t.completed_at < :end
			""";

	/**
	 * The tasks of the period, as the measures' query takes its condition ({@code t} the
	 * task, {@code c} its case).
	 */
	private static final String OF_PERIOD = """
			and c.kabupaten_id = :kabupaten and c.revision_id in (:revisions)
			  and t.completed_at >= :start and t.completed_at < :end
			""";

	/**
	 * The figures computed directly from the tasks, each measured as {@link TaskMeasures}
	 * measures it ({@code %s} limits the positions): while the stored measures are being
	 * counted again.
	 */
	private static final String FIGURES = "with " + TaskMeasures.CALENDAR + ", t as ("
			+ TaskMeasures.MEASURE.formatted(OF_PERIOD + " %s") + """
					)
					select grouping(step_no, month, position_id, reason) as g, step_no, month, position_id, reason,
					  count(*) as completed, count(distinct case_id) as cases,
					  percentile_cont(0.5) within group (order by wmin) as med_min,
					  percentile_cont(0.9) within group (order by wmin) as p90_min,
					  percentile_cont(0.5) within group (order by cdays) as med_days,
					  percentile_cont(0.9) within group (order by cdays) as p90_days,
					  count(*) filter (where due_at is not null) as with_std,
					  count(*) filter (where completed_at <= due_at) as within,
					  count(*) filter (where completed_at > due_at) as overdue,
					  count(*) filter (where reason is not null) as returns,
					  count(*) filter (where by_lane) as by_lane,
					  count(*) filter (where by_acting) as by_acting,
					  count(*) filter (where delegated) as delegated,
					  count(*) filter (where has_doc) as output_present,
					  count(*) filter (where output_missing) as output_missing
					from (select t.*, to_char(t.completed_at at time zone :zone, 'YYYY-MM') as month from t) t
					group by grouping sets ((step_no), (month), (position_id), (step_no, reason), ())
					""";

	/**
	 * The counts of {@link #FIGURES} from the per-day sums of the stored measures (see
	 * {@link TaskMeasures}), plus the tasks completed since its last run measured on the
	 * spot: {@code %1$s} limits the positions (alias {@code x}), {@code %2$s} is the
	 * query of those fresh measures and {@code %3$s} their per-day sums. Percentiles come
	 * from {@link #MEASURED_TIMES}.
	 */
	private static final String MEASURED_COUNTS = "with " + TaskMeasures.CALENDAR + """
			, fresh as materialized (%2$s
			), days as (
			  select x.step_no, to_char(x.day, 'YYYY-MM') as month, x.position_id, x.reason, x.completed, x.with_std,
			    x.within, x.overdue, x.returns, x.by_lane, x.by_acting, x.delegated, x.output_present, x.output_missing
			  from task_measure_day x
			  where x.revision_id in (:revisions) and x.kabupaten_id = :kabupaten
			    and x.day >= :fromDay and x.day <= :toDay %1$s
			  union all
			  select x.step_no, to_char(x.day, 'YYYY-MM'), x.position_id, x.reason, x.completed, x.with_std, x.within,
			    x.overdue, x.returns, x.by_lane, x.by_acting, x.delegated, x.output_present, x.output_missing
			  from (%3$s) x
			)
			select grouping(step_no, month, position_id, reason) as g, step_no, month, position_id, reason,
			  sum(completed) as completed, sum(with_std) as with_std, sum(within) as within, sum(overdue) as overdue,
			  sum(returns) as returns, sum(by_lane) as by_lane, sum(by_acting) as by_acting,
			  sum(delegated) as delegated, sum(output_present) as output_present, sum(output_missing) as output_missing,
			  0 as cases, null::float8 as med_min, null::float8 as p90_min, null::float8 as med_days,
			  null::float8 as p90_days
			from days
			group by grouping sets ((step_no), (month), (position_id), (step_no, reason), ())
			""";

	/**
	 * How long the steps took and how many cases they belong to, from the stored measures
	 * of every task of the period (a narrow index read index-only): per step the count of
	 * each value (rows with a step), and the number of distinct cases (the row without),
	 * the two hashed in parallel. The value is calendar days for the steps whose standard
	 * counts months ({@code :calendarSteps}), else office minutes. {@code %1$s} limits
	 * the positions (alias {@code x}).
	 */
	private static final String MEASURED_TIMES = """
			with times as not materialized (
			  select x.case_id, x.step_no, case when x.step_no in (:calendarSteps) then x.cdays else x.wmin end as v
			  from task_measure x
			  where x.revision_id in (:revisions) and x.kabupaten_id = :kabupaten
			    and x.completed_at >= :start and x.completed_at < :end %1$s
			)
			select step_no, v, count(*) as n from times group by step_no, v
			union all
			select null, null, count(*) from (select case_id from times group by case_id) c
			""";

	/**
	 * The same for the tasks not measured yet ({@code %2$s}, a handful), each with
	 * whether its case is counted among the measured ones already.
	 */
	private static final String FRESH_TIMES = "with " + TaskMeasures.CALENDAR + """
			, fresh as (%2$s)
			select f.case_id, f.step_no, case when f.step_no in (:calendarSteps) then f.cdays else f.wmin end as v,
			  exists (select 1 from casework_task_fact t join task_measure x on x.task_id = t.task_id
			    where t.case_id = f.case_id and x.completed_at >= :start and x.completed_at < :end %1$s) as counted
			from fresh f
			""";

	/**
	 * Bits of {@code grouping(step_no, month, position_id, reason)}: 1 = not grouped by.
	 */
	private static final int BY_STEP = 0b0111;

	private static final int BY_MONTH = 0b1011;

	private static final int BY_POSITION = 0b1101;

	private static final int BY_STEP_REASON = 0b0110;

	private static final int TOTAL = 0b1111;

	private final NamedParameterJdbcTemplate jdbc;

	private final SopCatalog catalog;

	private final OrgDirectory directory;

	private final CalendarService calendars;

	private final TaskMeasures measures;

	EvaluationService(NamedParameterJdbcTemplate jdbc, SopCatalog catalog, OrgDirectory directory,
			CalendarService calendars, TaskMeasures measures) {
		this.measures = measures;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.directory = directory;
		this.calendars = calendars;
	}

	/** The revisions an evaluation reads: the chosen one, or every non-draft one. */
	public List<SopRevisionView> revisions(Long kabupatenId, String code, Integer revisionNumber) {
		if (revisionNumber != null) {
			return this.catalog.revision(kabupatenId, code, revisionNumber).map(List::of).orElse(List.of());
		}
		return this.catalog.history(kabupatenId, code);
	}

	/**
	 * The evaluation of an SOP of the kabupaten; empty when it has no such SOP (or
	 * revision).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Optional<Evaluation> evaluate(Long kabupatenId, String code, Integer revisionNumber, Period period,
			Long unitId) {
		List<SopRevisionView> revisions = revisions(kabupatenId, code, revisionNumber);
		if (revisions.isEmpty()) {
			return Optional.empty();
		}
		SopRevisionView shown = revisions.get(0);
		WorkingCalendar calendar = this.calendars.calendar();
		ZoneId zone = calendar.zone();
		long officeMinutes = calendar.officeMinutesPerDay();
		MapSqlParameterSource params = this.measures.calendarParams(params(kabupatenId, revisions, period, zone),
				period.from().minusYears(CALENDAR_YEARS_BEFORE), period.to().plusDays(1));
		String positionFilter = positionFilter(kabupatenId, unitId, params);
		Map<String, Row> bySteps = new HashMap<>();
		Map<String, List<StepFigures.Reason>> reasons = new HashMap<>();
		List<Evaluation.Month> months = new ArrayList<>();
		Map<Long, int[]> byPosition = new HashMap<>();
		int[] cases = { 0 };
		RowCallbackHandler counts = (ResultSet rs) -> {
			Row row = Row.of(rs);
			switch (rs.getInt("g")) {
				case BY_STEP -> bySteps.put(rs.getString("step_no"), row);
				case BY_STEP_REASON -> {
					String reason = rs.getString("reason");
					if (reason != null) {
						reasons.computeIfAbsent(rs.getString("step_no"), k -> new ArrayList<>())
							.add(new StepFigures.Reason(reason.isBlank() ? "—" : reason, row.completed));
					}
				}
				case BY_MONTH ->
					months.add(new Evaluation.Month(rs.getString("month"), row.completed, row.withStd, row.within));
				case BY_POSITION -> byPosition.put(rs.getLong("position_id"), new int[] { row.completed, row.overdue });
				case TOTAL -> cases[0] = rs.getInt("cases");
				default -> {
				}
			}
		};
		TaskMeasures.State measured = this.measures.state();
		if (measured.usable()) {
			params.addValue("lookFrom", Timestamp.from(measured.lookFrom()))
				.addValue("fromDay", period.from())
				.addValue("toDay", period.to());
			List<String> calendarSteps = shown.content()
				.steps()
				.stream()
				.filter(step -> unitOf(step) == TimeUnit.BULAN)
				.map(Step::no)
				.toList();
			// an empty list would not be valid SQL; no step has an empty number
			params.addValue("calendarSteps", calendarSteps.isEmpty() ? List.of("") : calendarSteps);
			String fresh = TaskMeasures.MEASURE.formatted(OF_PERIOD + """
					and t.completed_at >= :lookFrom
					 and not exists (select 1 from task_measure tm where tm.task_id = t.task_id)""" + positionFilter);
			String measuredFilter = positionFilter.replace("t.position_id", "x.position_id");
			this.jdbc.query(MEASURED_COUNTS.formatted(measuredFilter, fresh, TaskMeasures.DAY_SUMS.formatted("fresh")),
					params, counts);
			Map<String, Percentiles> times = new HashMap<>();
			this.jdbc.query(MEASURED_TIMES.formatted(measuredFilter), params, (ResultSet rs) -> {
				String step = rs.getString("step_no");
				if (step == null) {
					cases[0] = rs.getInt("n");
				}
				else {
					times.computeIfAbsent(step, k -> new Percentiles()).add(rs.getDouble("v"), rs.getLong("n"));
				}
			});
			Set<Long> freshCases = new HashSet<>();
			this.jdbc.query(FRESH_TIMES.formatted(measuredFilter, fresh), params, (ResultSet rs) -> {
				times.computeIfAbsent(rs.getString("step_no"), k -> new Percentiles()).add(rs.getDouble("v"), 1);
				if (!rs.getBoolean("counted")) {
					freshCases.add(rs.getLong("case_id"));
				}
			});
			cases[0] += freshCases.size();
			times.forEach((step, values) -> bySteps.computeIfPresent(step,
					(k, row) -> row.withTimes(values.at(0.5), values.at(0.9), calendarSteps.contains(step))));
		}
		else {
			this.jdbc.query(FIGURES.formatted(positionFilter), params, counts);
		}
		SopContent content = shown.content();
		List<StepFigures> steps = new ArrayList<>();
		for (Step step : content.steps()) {
			Row row = bySteps.getOrDefault(step.no(), Row.EMPTY);
			List<StepFigures.Reason> why = reasons.getOrDefault(step.no(), List.of())
				.stream()
				.sorted(Comparator.comparingInt(StepFigures.Reason::count).reversed())
				.toList();
			steps.add(figures(content, step, row, why, officeMinutes));
		}
		months.sort(Comparator.comparing(Evaluation.Month::month));
		return Optional.of(new Evaluation(shown, revisionNumber, period, unitId, steps, months,
				unitLoads(kabupatenId, byPosition), cases[0]));
	}

	/**
	 * A step's figures per origin unit of the cases (the village a kecamatan's case comes
	 * from), measured directly from the tasks of the period on request: which villages
	 * wait longest. {@code %s} limits the positions.
	 */
	private static final String BY_ORIGIN = "with " + TaskMeasures.CALENDAR + ", t as ("
			+ TaskMeasures.MEASURE.formatted(OF_PERIOD + " %s") + """
					)
					select t.step_no, c.origin_unit_id, count(*) as completed, count(distinct t.case_id) as cases,
					  percentile_cont(0.5) within group (order by t.wmin) as med_min,
					  percentile_cont(0.9) within group (order by t.wmin) as p90_min,
					  percentile_cont(0.5) within group (order by t.cdays) as med_days,
					  percentile_cont(0.9) within group (order by t.cdays) as p90_days,
					  count(*) filter (where t.due_at is not null) as with_std,
					  count(*) filter (where t.completed_at > t.due_at) as overdue
					from t join casework_case_fact c on c.case_id = t.case_id
					group by t.step_no, c.origin_unit_id
					""";

	/**
	 * The figures of each step per origin unit of the cases, in step order and, within a
	 * step, the slowest origin first (cases without an origin last, as "—").
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<OriginFigures> byOrigin(Long kabupatenId, String code, Integer revisionNumber, Period period,
			Long unitId) {
		List<SopRevisionView> revisions = revisions(kabupatenId, code, revisionNumber);
		if (revisions.isEmpty()) {
			return List.of();
		}
		SopContent content = revisions.get(0).content();
		WorkingCalendar calendar = this.calendars.calendar();
		long officeMinutes = calendar.officeMinutesPerDay();
		MapSqlParameterSource params = this.measures.calendarParams(
				params(kabupatenId, revisions, period, calendar.zone()),
				period.from().minusYears(CALENDAR_YEARS_BEFORE), period.to().plusDays(1));
		String positionFilter = positionFilter(kabupatenId, unitId, params);
		Map<Long, String> unitNames = this.directory.units(kabupatenId)
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name));
		Map<String, Step> steps = content.steps()
			.stream()
			.collect(Collectors.toMap(Step::no, step -> step, (a, b) -> a, LinkedHashMap::new));
		List<OriginFigures> rows = new ArrayList<>();
		this.jdbc.query(BY_ORIGIN.formatted(positionFilter), params, (ResultSet rs) -> {
			Step step = steps.get(rs.getString("step_no"));
			if (step == null) {
				// a step of an older revision the shown one no longer has
				return;
			}
			TimeUnit unit = unitOf(step);
			long origin = rs.getLong("origin_unit_id");
			Long originUnitId = rs.wasNull() ? null : origin;
			rows.add(new OriginFigures(step.no(), activity(step), originUnitId,
					(originUnitId != null) ? unitNames.getOrDefault(originUnitId, "—") : "—", rs.getInt("completed"),
					rs.getInt("cases"), convert(Row.dbl(rs, "med_min"), Row.dbl(rs, "med_days"), unit, officeMinutes),
					convert(Row.dbl(rs, "p90_min"), Row.dbl(rs, "p90_days"), unit, officeMinutes), unit,
					rs.getInt("with_std"), rs.getInt("overdue")));
		});
		List<String> order = List.copyOf(steps.keySet());
		rows.sort(Comparator.comparingInt((OriginFigures f) -> order.indexOf(f.stepNo()))
			.thenComparing(f -> f.originUnitId() == null)
			.thenComparing(OriginFigures::median, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(OriginFigures::origin));
		return List.copyOf(rows);
	}

	/** Rows of the case list behind the evaluation, in start order. */
	public void cases(Long kabupatenId, String code, Integer revisionNumber, Period period, Long unitId,
			Consumer<CaseLine> sink) {
		List<SopRevisionView> revisions = revisions(kabupatenId, code, revisionNumber);
		if (revisions.isEmpty()) {
			return;
		}
		ZoneId zone = this.calendars.calendar().zone();
		MapSqlParameterSource params = params(kabupatenId, revisions, period, zone);
		String positionFilter = positionFilter(kabupatenId, unitId, params);
		String sql = """
				select c.case_id, c.registration_no, c.perihal, c.status, c.started_at, c.ended_at, c.current_step_no,
				  count(*) as done, count(*) filter (where t.completed_at > t.due_at) as late,
				  count(*) filter (where t.returned) as returns
				""" + CASES + positionFilter + """

				group by c.case_id, c.registration_no, c.perihal, c.status, c.started_at, c.ended_at, c.current_step_no
				order by c.started_at, c.case_id""";
		this.jdbc.query(sql, params, (ResultSet rs) -> {
			sink.accept(new CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), rs.getString(7), rs.getInt(8),
					rs.getInt(9), rs.getInt(10)));
		});
	}

	/** One case of the list behind the evaluation. */
	public record CaseLine(Long id, String registrationNo, String perihal, String status, Instant startedAt,
			Instant endedAt, String currentStep, int tasksDone, int tasksLate, int returns) {
	}

	/** The display unit of a step: its standard's, else working days. */
	public static TimeUnit unitOf(Step step) {
		return (step.time() != null) ? step.time().unit() : TimeUnit.HARI_KERJA;
	}

	/** A time in the given unit from office minutes and calendar days. */
	public static Double convert(Double workingMinutes, Double calendarDays, TimeUnit unit, long officeMinutesPerDay) {
		return switch (unit) {
			case MENIT -> workingMinutes;
			case JAM -> (workingMinutes != null) ? workingMinutes / 60.0 : null;
			case HARI_KERJA -> (workingMinutes != null) ? workingMinutes / officeMinutesPerDay : null;
			case BULAN -> (calendarDays != null) ? calendarDays / DAYS_PER_MONTH : null;
		};
	}

	private static StepFigures figures(SopContent content, Step step, Row row, List<StepFigures.Reason> reasons,
			long officeMinutes) {
		TimeUnit unit = unitOf(step);
		Double median = convert(row.medMin, row.medDays, unit, officeMinutes);
		Double p90 = convert(row.p90Min, row.p90Days, unit, officeMinutes);
		Integer min = (step.time() != null) ? step.time().min() : null;
		Integer max = (step.time() != null) ? step.time().max() : null;
		List<Flag> flags = Flag.of(row.completed, median, p90, min, max, row.withStd, row.overdue, row.returns);
		String lane = content.lane(step.lane()).map(SopContent.Lane::name).orElse(step.lane());
		boolean outputExpected = step.output() != null && !step.output().isBlank();
		return new StepFigures(step.no(), activity(step), lane, step.time(), unit, row.completed, median, p90,
				row.withStd, row.within, row.overdue, row.returns, reasons, row.byLane, row.byActing, row.delegated,
				row.outputPresent, row.outputMissing, outputExpected, flags);
	}

	private static String activity(Step step) {
		if (step.title() != null && !step.title().isBlank()) {
			return step.title();
		}
		return (step.activity() != null) ? step.activity().strip() : "";
	}

	private MapSqlParameterSource params(Long kabupatenId, List<SopRevisionView> revisions, Period period,
			ZoneId zone) {
		return new MapSqlParameterSource().addValue("kabupaten", kabupatenId)
			.addValue("revisions", revisions.stream().map(SopRevisionView::revisionId).toList())
			.addValue("start", Timestamp.from(period.start(zone)))
			.addValue("end", Timestamp.from(period.end(zone)))
			.addValue("zone", zone.getId());
	}

	/** Limits the tasks to lanes whose position sits in the unit or beneath it. */
	private String positionFilter(Long kabupatenId, Long unitId, MapSqlParameterSource params) {
		if (unitId == null) {
			return "";
		}
		Set<Long> units = ReportScope.unitAndBelow(unitId, this.directory.units(kabupatenId));
		List<Long> positions = this.directory.positions(kabupatenId)
			.stream()
			.filter(p -> units.contains(p.unitId()))
			.map(PositionView::id)
			.toList();
		params.addValue("positions", positions.isEmpty() ? List.of(-1L) : positions);
		return " and t.position_id in (:positions)";
	}

	private List<Evaluation.UnitLoad> unitLoads(Long kabupatenId, Map<Long, int[]> byPosition) {
		Map<Long, PositionView> positions = this.directory.positions(kabupatenId)
			.stream()
			.collect(Collectors.toMap(PositionView::id, p -> p));
		Map<Long, String> unitNames = this.directory.units(kabupatenId)
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name));
		Map<Long, int[]> byUnit = new LinkedHashMap<>();
		byPosition.forEach((positionId, counts) -> {
			PositionView p = positions.get(positionId);
			if (p != null) {
				int[] sum = byUnit.computeIfAbsent(p.unitId(), k -> new int[2]);
				sum[0] += counts[0];
				sum[1] += counts[1];
			}
		});
		return byUnit.entrySet()
			.stream()
			.map(e -> new Evaluation.UnitLoad(e.getKey(), unitNames.getOrDefault(e.getKey(), ""), e.getValue()[0],
					e.getValue()[1]))
			.sorted(Comparator.comparingInt(Evaluation.UnitLoad::overdue)
				.reversed()
				.thenComparing(Evaluation.UnitLoad::unit))
			.toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** One aggregate row of the figures query. */
	private record Row(int completed, Double medMin, Double p90Min, Double medDays, Double p90Days, int withStd,
			int within, int overdue, int returns, int byLane, int byActing, int delegated, int outputPresent,
			int outputMissing) {

		static final Row EMPTY = new Row(0, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		/** The row with its median and 90th percentile, in days or in office minutes. */
		Row withTimes(Double median, Double p90, boolean days) {
			return new Row(this.completed, days ? null : median, days ? null : p90, days ? median : null,
					days ? p90 : null, this.withStd, this.within, this.overdue, this.returns, this.byLane,
					this.byActing, this.delegated, this.outputPresent, this.outputMissing);
		}

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getInt("completed"), dbl(rs, "med_min"), dbl(rs, "p90_min"), dbl(rs, "med_days"),
					dbl(rs, "p90_days"), rs.getInt("with_std"), rs.getInt("within"), rs.getInt("overdue"),
					rs.getInt("returns"), rs.getInt("by_lane"), rs.getInt("by_acting"), rs.getInt("delegated"),
					rs.getInt("output_present"), rs.getInt("output_missing"));
		}

		private static Double dbl(ResultSet rs, String column) throws SQLException {
			double value = rs.getDouble(column);
			return rs.wasNull() ? null : value;
		}

	}

}
