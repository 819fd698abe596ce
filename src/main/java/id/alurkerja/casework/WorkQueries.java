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

	/**
	 * Filters of the inbox; null or blank means no filter. {@code view} is one of the
	 * counters at the top of the inbox.
	 */
	public record InboxFilter(String sopCode, TaskState state, Sifat sifat, String q, InboxView view) {

		public InboxFilter(String sopCode, TaskState state, Sifat sifat, String q) {
			this(sopCode, state, sifat, q, null);
		}

	}

	/** Filters of the case list. */
	public record CaseFilter(String sopCode, CaseStatus status, LocalDate from, LocalDate to, String q) {
	}

	/**
	 * A step that asks the reader's paraf (its duty names a lane they hold) and that they
	 * have not initialled yet.
	 */
	private static final String ASKS_MY_PARAF = """
			(t.paraf_position_ids && array[:positions]::bigint[]
			  and not exists (select 1 from paraf p join document_version v on v.id = p.version_id
			                  join case_document cd on cd.id = v.document_id
			                  where cd.case_id = t.case_id and p.person_id = :me and p.at >= t.created_at))""";

	/**
	 * Each open task in the reader's inbox, with what the row says: the disposisi handed
	 * to them (the newest open one, when the task is not their own), what they are asked
	 * to do, when it arrived (a report coming back arrives again), its due time (the
	 * disposisi's tenggat when earlier), and whether they opened the case since.
	 */
	private static final String MY_ROWS = """
			select t.*, x.*,
			  case when x.late then 'TERLAMBAT'
			       when x.due is not null and x.due < cast(:now as timestamptz) + least(interval '1 day', (x.due - x.arrived) / 2)
			         then 'MENDEKATI_BATAS'
			       when t.taken_at is not null then 'DIKERJAKAN'
			       else 'BARU' end as state,
			  not exists (select 1 from case_seen cs where cs.case_id = t.case_id and cs.person_id = :me
			              and cs.seen_at >= x.arrived) as unread
			from task t
			left join lateral (select d.id, d.created_at, d.due_at, d.sifat, d.arahan, d.from_person_id, d.required,
			                     d.instructions
			                   from delegation d
			                   where d.task_id = t.id and d.status = 'OPEN' and d.to_position_id in (:positions)
			                     and (d.to_person_id is null or d.to_person_id = :me)
			                     -- a tembusan stays until its recipient has opened the case
			                     and (d.required or not exists (select 1 from case_seen cs where cs.case_id = t.case_id
			                          and cs.person_id = :me and cs.seen_at >= d.created_at))
			                   order by d.created_at desc limit 1) d on not (t.position_id in (:positions))
			cross join lateral (select
			  d.id as delegation_id,
			  coalesce(d.due_at, t.due_at) as due,
			  coalesce(coalesce(d.due_at, t.due_at) < :now, false) as late,
			  case when %1$s then 'PARAF'
			       when d.id is not null and not d.required then 'TEMBUSAN'
			       when d.id is not null then 'TINDAK_LANJUT'
			       when t.duty = 'SIGN' then 'SIGN'
			       when exists (select 1 from delegation r where r.task_id = t.id and r.status = 'REPORTED'
			                    and r.from_position_id in (:positions)) then 'PERIKSA_LAPORAN'
			       else 'KERJAKAN' end as action,
			  greatest(coalesce(d.created_at, t.created_at),
			           (select max(r.reported_at) from delegation r where r.task_id = t.id
			            and r.from_position_id in (:positions))) as arrived,
			  d.from_person_id as delegation_from,
			  d.sifat as delegation_sifat,
			  case when d.id is not null then concat_ws('; ', nullif(array_to_string(d.instructions, '; '), ''),
			    nullif(d.arahan, '')) end as delegation_arahan) x
			where t.status = 'OPEN' and t.kabupaten_id = :kab and (
			  (t.position_id in (:positions) and (t.assignee_person_id is null or t.assignee_person_id = :me))
			  or d.id is not null
			  or %1$s)"""
		.formatted(ASKS_MY_PARAF);

	private static final String FROM_ROWS = " from (" + MY_ROWS + ") t join case_file c on c.id = t.case_id "
			+ "join sop_catalog_revision r on r.revision_id = c.sop_revision_id "
			+ "join sop_catalog s on s.sop_id = r.sop_id ";

	/** The inbox's rows, one page: overdue first, then by due time. */
	public Page<InboxItem> inbox(AlurUser user, InboxFilter filter, int page) {
		Sql sql = mine(user);
		String where = " where true" + inboxFilters(filter, sql);
		long total = sql.count(this.jdbc, "select count(*)" + FROM_ROWS + where);
		String query = """
				select t.id, t.case_id, c.registration_no, c.perihal, s.code as sop_code, r.name as sop_name,
				  t.step_no, st.title as step_title, t.arrived, t.taken_at, t.due,
				  coalesce(t.delegation_sifat, c.sifat) as sifat, fp.name as from_name,
				  coalesce(t.delegation_arahan, t.arahan) as arahan, t.return_reason, ap.name as assignee_name,
				  t.delegation_id is not null as delegated, t.state, t.action, t.unread
				""" + FROM_ROWS + """
				left join sop_catalog_step st on st.revision_id = c.sop_revision_id and st.step_no = t.step_no
				left join org_person fp on fp.person_id = coalesce(t.delegation_from, t.from_person_id)
				left join org_person ap on ap.person_id = t.assignee_person_id
				""" + where + """

				order by t.late desc, t.due nulls last, t.arrived, t.id
				limit :limit offset :offset""";
		sql.bind("limit", PAGE_SIZE).bind("offset", page * PAGE_SIZE);
		List<InboxItem> rows = sql.query(this.jdbc, query,
				(rs, i) -> new InboxItem(rs.getLong("id"), rs.getLong("case_id"), rs.getString("registration_no"),
						rs.getString("perihal"), rs.getString("sop_code"), rs.getString("sop_name"),
						rs.getString("step_no"), rs.getString("step_title"), instant(rs, "arrived"),
						instant(rs, "taken_at"), instant(rs, "due"), Sifat.valueOf(rs.getString("sifat")),
						rs.getString("from_name"), rs.getString("arahan"), rs.getString("return_reason"),
						rs.getString("assignee_name"), rs.getBoolean("delegated"),
						TaskState.valueOf(rs.getString("state")), InboxItem.Action.valueOf(rs.getString("action")),
						rs.getBoolean("unread")));
		return new Page<>(rows, page, PAGE_SIZE, total);
	}

	/**
	 * The counters at the top of the inbox, in one query: each is the total of the list
	 * its filter shows.
	 */
	public Map<InboxView, Long> inboxCounts(AlurUser user) {
		Sql sql = mine(user);
		StringBuilder select = new StringBuilder("select ");
		for (InboxView view : InboxView.values()) {
			select.append(view.ordinal() > 0 ? ", " : "")
				.append("count(*) filter (where ")
				.append(view.condition)
				.append(") as ")
				.append(view.name().toLowerCase(Locale.ROOT));
		}
		Map<InboxView, Long> counts = new EnumMap<>(InboxView.class);
		sql.query(this.jdbc, select + " from (" + MY_ROWS + ") t", (rs, i) -> {
			for (InboxView view : InboxView.values()) {
				counts.put(view, rs.getLong(view.name().toLowerCase(Locale.ROOT)));
			}
			return null;
		});
		return counts;
	}

	/** What the navigation badge counts: everything that asks for the reader's action. */
	public long inboxTotal(AlurUser user) {
		return inboxCounts(user).get(InboxView.SEMUA);
	}

	/**
	 * The counters of the inbox and the filter each one is: what needs action, disposisi
	 * received, paraf and signatures asked, unread, late.
	 */
	public enum InboxView {

		SEMUA("true"), DISPOSISI("t.delegation_id is not null"), PARAF("t.action = 'PARAF'"),
		TANDA_TANGAN("t.action = 'SIGN'"), BELUM_DIBACA("t.unread"), TERLAMBAT("t.late");

		private final String condition;

		InboxView(String condition) {
			this.condition = condition;
		}

	}

	/**
	 * The disposisi branches the reader sent (Disposisi keluar), newest first, each with
	 * where it stands.
	 */
	public Page<SentDisposisi> sent(AlurUser user, int page) {
		Sql sql = mine(user);
		String from = """
				from delegation d
				join task t on t.id = d.task_id
				join case_file c on c.id = t.case_id
				where d.from_person_id = :me and c.kabupaten_id = :kab""";
		long total = sql.count(this.jdbc, "select count(*) " + from);
		sql.bind("limit", PAGE_SIZE).bind("offset", page * PAGE_SIZE);
		List<SentDisposisi> rows = sql.query(this.jdbc, """
				select d.id, t.case_id, c.registration_no, c.perihal, t.step_no, st.title as step_title,
				  tp.title as to_position, pp.name as to_person, d.instructions, d.arahan, d.sifat, d.deadline,
				  d.created_at, d.required, d.read_at, d.reported_at, d.report,
				  case when d.status = 'RECALLED' then 'DITARIK'
				       when d.status = 'REPORTED' then 'DILAPORKAN'
				       when d.status = 'CLOSED' then 'SELESAI'
				       when exists (select 1 from delegation x where x.parent_id = d.id) then 'DITINDAKLANJUTI'
				       when d.read_at is not null then 'DIBACA'
				       else 'BELUM_DIBACA' end as state
				""" + from.replace("where d.from_person_id", """
				left join sop_catalog_step st on st.revision_id = c.sop_revision_id and st.step_no = t.step_no
				left join org_position tp on tp.position_id = d.to_position_id
				left join org_person pp on pp.person_id = d.to_person_id
				where d.from_person_id""") + """

				order by d.created_at desc, d.id desc
				limit :limit offset :offset""", (rs, i) -> {
			java.sql.Array instructions = rs.getArray("instructions");
			return new SentDisposisi(rs.getLong("id"), rs.getLong("case_id"), rs.getString("registration_no"),
					rs.getString("perihal"), rs.getString("step_no"), rs.getString("step_title"),
					rs.getString("to_position"), rs.getString("to_person"),
					(instructions != null) ? List.of((String[]) instructions.getArray()) : List.of(),
					rs.getString("arahan"), Sifat.valueOf(rs.getString("sifat")),
					rs.getObject("deadline", LocalDate.class), instant(rs, "created_at"), rs.getBoolean("required"),
					SentDisposisi.State.valueOf(rs.getString("state")), instant(rs, "read_at"),
					instant(rs, "reported_at"), rs.getString("report"));
		});
		return new Page<>(rows, page, PAGE_SIZE, total);
	}

	private Sql mine(AlurUser user) {
		Actor actor = this.access.actor(user);
		Sql sql = new Sql(this.clock.instant());
		sql.bind("kab", actor.kabupatenId()).bind("me", actor.personId()).bind("positions", positionIds(actor));
		return sql;
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
		if (filter.view() != null) {
			where.append(" and (").append(filter.view().condition).append(")");
		}
		if (StringUtils.hasText(filter.sopCode())) {
			where.append(" and s.code = :sop");
			sql.bind("sop", filter.sopCode());
		}
		if (filter.state() != null) {
			where.append(" and t.state = :state");
			sql.bind("state", filter.state().name());
		}
		if (filter.sifat() != null) {
			where.append(" and coalesce(t.delegation_sifat, c.sifat) = :sifat");
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

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
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
