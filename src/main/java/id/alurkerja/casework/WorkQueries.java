package id.alurkerja.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The lists people work from: the inbox and the case list. Each is one paged SQL query
 * (plus one count) served by indexes, whatever the number of rows shown. Names and codes
 * of other modules come from their read models ({@code sop_catalog*} of
 * {@link id.alurkerja.sop.SopReadModel}, {@code org_person} of
 * {@link id.alurkerja.org.OrgReadModel}), who acted on a case from audit's
 * ({@code audit_case_actor} of {@link id.alurkerja.audit.AuditReadModel}).
 */
@Service
@Transactional(readOnly = true)
public class WorkQueries {

	public static final int PAGE_SIZE = 20;

	private final NamedParameterJdbcTemplate jdbc;

	private final CaseAccess access;

	private final OrgDirectory directory;

	private final Clock clock;

	WorkQueries(NamedParameterJdbcTemplate jdbc, CaseAccess access, OrgDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	/** Filters of the inbox; null or blank means no filter. */
	public record InboxFilter(String sopCode, TaskState state, Sifat sifat, String q) {
	}

	/** Filters of the case list. */
	public record CaseFilter(String sopCode, CaseStatus status, LocalDate from, LocalDate to, String q) {
	}

	private static final String STATE = """
			case when t.due_at is not null and t.due_at < :now then 'TERLAMBAT'
			     when t.near_at is not null and t.near_at < :now then 'MENDEKATI_BATAS'
			     when t.taken_at is not null then 'DIKERJAKAN'
			     else 'BARU' end""";

	/**
	 * A step that asks the reader's paraf (its duty names a lane they hold) and that they
	 * have not initialled yet.
	 */
	private static final String ASKS_MY_PARAF = """
			(t.paraf_position_ids && array[:positions]::bigint[]
			  and not exists (select 1 from paraf p join document_version v on v.id = p.version_id
			                  join case_document cd on cd.id = v.document_id
			                  where cd.case_id = t.case_id and p.person_id = :me and p.at >= t.created_at))""";

	private static final String MINE = """
			t.status = 'OPEN' and t.kabupaten_id = :kab and (
			  (t.position_id in (:positions) and (t.assignee_person_id is null or t.assignee_person_id = :me))
			  or exists (select 1 from delegation d where d.task_id = t.id and d.status = 'OPEN'
			             and d.to_position_id in (:positions) and (d.to_person_id is null or d.to_person_id = :me))
			  or %s)""".formatted(ASKS_MY_PARAF);

	/**
	 * What the reader is asked to do with the step's document: PARAF, SIGN or nothing.
	 */
	private static final String NEED = """
			case when t.position_id in (:positions) then (case when t.duty = 'SIGN' then 'SIGN' end)
			     when %s then 'PARAF' end""".formatted(ASKS_MY_PARAF);

	public Page<InboxItem> inbox(AlurUser user, InboxFilter filter, int page) {
		Actor actor = this.access.actor(user);
		Sql sql = new Sql(this.clock.instant());
		sql.bind("kab", actor.kabupatenId()).bind("me", actor.personId()).bind("positions", positionIds(actor));
		String where = MINE + inboxFilters(filter, sql);
		long total = sql.count(this.jdbc,
				"select count(*) from task t join case_file c on c.id = t.case_id "
						+ "join sop_catalog_revision r on r.revision_id = c.sop_revision_id "
						+ "join sop_catalog s on s.sop_id = r.sop_id where " + where);
		String query = """
				select t.id, t.case_id, c.registration_no, c.perihal, s.code, r.name, t.step_no, t.created_at,
				  t.taken_at, t.near_at, t.due_at, coalesce(t.sifat, c.sifat) as sifat, fp.name, t.return_reason,
				  ap.name, not (t.position_id in (:positions)) and not coalesce(%s, false) as delegated, %s as state,
				  %s as need
				from task t
				join case_file c on c.id = t.case_id
				join sop_catalog_revision r on r.revision_id = c.sop_revision_id
				join sop_catalog s on s.sop_id = r.sop_id
				left join org_person fp on fp.person_id = t.from_person_id
				left join org_person ap on ap.person_id = t.assignee_person_id
				where %s
				order by (t.due_at is not null and t.due_at < :now) desc, t.due_at nulls last, t.created_at, t.id
				limit :limit offset :offset""".formatted(ASKS_MY_PARAF, STATE, NEED, where);
		sql.bind("limit", PAGE_SIZE).bind("offset", page * PAGE_SIZE);
		List<InboxItem> rows = sql.query(this.jdbc, query,
				(rs, i) -> new InboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9),
						instant(rs, 10), instant(rs, 11), Sifat.valueOf(rs.getString(12)), rs.getString(13),
						rs.getString(14), rs.getString(15), rs.getBoolean(16), TaskState.valueOf(rs.getString(17)),
						InboxItem.Need.of(rs.getString(18))));
		return new Page<>(rows, page, PAGE_SIZE, total);
	}

	/** How many open tasks the user has in each state. */
	public Map<TaskState, Long> inboxCounts(AlurUser user) {
		Actor actor = this.access.actor(user);
		Sql sql = new Sql(this.clock.instant());
		sql.bind("kab", actor.kabupatenId()).bind("me", actor.personId()).bind("positions", positionIds(actor));
		Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
		for (TaskState s : TaskState.values()) {
			counts.put(s, 0L);
		}
		sql.query(this.jdbc, "select " + STATE + ", count(*) from task t where " + MINE + " group by 1", (rs, i) -> {
			counts.put(TaskState.valueOf(rs.getString(1)), rs.getLong(2));
			return null;
		});
		return counts;
	}

	public long inboxTotal(AlurUser user) {
		return inboxCounts(user).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The cases the user may see: those they acted on, whose work reached their positions
	 * or positions under them, and (unless rahasia) those of their units and the units
	 * below.
	 */
	public Page<CaseListItem> cases(AlurUser user, CaseFilter filter, int page) {
		Actor actor = this.access.actor(user);
		Sql sql = new Sql(this.clock.instant());
		sql.bind("kab", actor.kabupatenId()).bind("me", actor.personId());
		String visible;
		if (actor.admin()) {
			visible = "c.kabupaten_id = :kab";
		}
		else {
			sql.bind("positions", reachablePositions(actor)).bind("units", unitsBelow(actor));
			visible = """
					c.kabupaten_id = :kab and (
					  c.created_by_person_id = :me
					  or exists (select 1 from task t where t.case_id = c.id and (t.position_id in (:positions)
					             or t.paraf_position_ids && array[:positions]::bigint[]))
					  or exists (select 1 from audit_case_actor e where e.case_id = c.id
					             and (e.actor_person_id = :me or e.actor_position_id in (:positions)))
					  or (c.sifat <> 'RAHASIA' and c.unit_id in (:units)))""";
		}
		StringBuilder where = new StringBuilder(visible);
		if (StringUtils.hasText(filter.sopCode())) {
			where.append(" and s.code = :sop");
			sql.bind("sop", filter.sopCode());
		}
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			sql.bind("status", filter.status().name());
		}
		if (filter.from() != null) {
			where.append(" and c.received_on >= :from");
			sql.bind("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and c.received_on <= :to");
			sql.bind("to", filter.to());
		}
		appendSearch(filter.q(), where, sql);
		String from = " from case_file c join sop_catalog_revision r on r.revision_id = c.sop_revision_id"
				+ " join sop_catalog s on s.sop_id = r.sop_id ";
		long total = sql.count(this.jdbc, "select count(*)" + from + "where " + where);
		sql.bind("limit", PAGE_SIZE).bind("offset", page * PAGE_SIZE);
		List<CaseListItem> rows = sql.query(this.jdbc, """
				select c.id, c.registration_no, c.perihal, c.surat_dari, c.received_on, c.sifat, c.status, s.code,
				  r.name, c.current_step_no, c.started_at, c.ended_at""" + from + "where " + where
				+ " order by c.started_at desc, c.id desc limit :limit offset :offset",
				(rs, i) -> new CaseListItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), Sifat.valueOf(rs.getString(6)),
						CaseStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
						instant(rs, 11), instant(rs, 12)));
		return new Page<>(rows, page, PAGE_SIZE, total);
	}

	private static String inboxFilters(InboxFilter filter, Sql sql) {
		StringBuilder where = new StringBuilder();
		if (StringUtils.hasText(filter.sopCode())) {
			where.append(" and s.code = :sop");
			sql.bind("sop", filter.sopCode());
		}
		if (filter.state() != null) {
			where.append(" and (").append(STATE).append(") = :state");
			sql.bind("state", filter.state().name());
		}
		if (filter.sifat() != null) {
			where.append(" and coalesce(t.sifat, c.sifat) = :sifat");
			sql.bind("sifat", filter.sifat().name());
		}
		appendSearch(filter.q(), where, sql);
		return where.toString();
	}

	/** Every word must appear in the number or the perihal. */
	private static void appendSearch(String q, StringBuilder where, Sql sql) {
		if (!StringUtils.hasText(q)) {
			return;
		}
		String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
		for (int i = 0; i < words.length && i < 8; i++) {
			String name = "w" + i;
			where.append(" and (lower(c.registration_no) like :")
				.append(name)
				.append(" or lower(c.perihal) like :")
				.append(name)
				.append(")");
			sql.bind(name, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
	}

	/** Position ids for an IN list; never empty, which SQL would refuse. */
	private static List<Long> positionIds(Actor actor) {
		return nonEmpty(actor.holdings().stream().map(h -> h.position().id()).distinct().toList());
	}

	private static List<Long> nonEmpty(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
	}

	private List<Long> reachablePositions(Actor actor) {
		Set<Long> ids = new HashSet<>();
		for (Holding h : actor.holdings()) {
			ids.add(h.position().id());
			this.directory.subordinatesOf(actor.kabupatenId(), h.position().id())
				.stream()
				.map(PositionView::id)
				.forEach(ids::add);
		}
		return nonEmpty(ids);
	}

	private List<Long> unitsBelow(Actor actor) {
		List<UnitView> units = this.directory.units(actor.kabupatenId());
		Set<Long> result = new HashSet<>();
		for (Holding h : actor.holdings()) {
			result.add(h.position().unitId());
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (UnitView u : units) {
				if (u.parentId() != null && result.contains(u.parentId()) && result.add(u.id())) {
					grew = true;
				}
			}
		}
		return nonEmpty(result);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
	}

	/** Named parameters with "now" bound; lists of ids expand into IN lists. */
	private static final class Sql {

		private final MapSqlParameterSource params = new MapSqlParameterSource();

		Sql(Instant now) {
			this.params.addValue("now", Timestamp.from(now));
		}

		Sql bind(String name, Object value) {
			this.params.addValue(name, value);
			return this;
		}

		long count(NamedParameterJdbcTemplate jdbc, String query) {
			Long count = jdbc.queryForObject(query, this.params, Long.class);
			return (count != null) ? count : 0;
		}

		<T> List<T> query(NamedParameterJdbcTemplate jdbc, String query, RowMapper<T> mapper) {
			return jdbc.query(query, this.params, mapper);
		}

	}

}
