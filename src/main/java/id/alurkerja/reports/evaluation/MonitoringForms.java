package id.alurkerja.reports.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import id.alurkerja.reports.evaluation.ReportScope.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guideline's monitoring form (No | Prosedur | Penilaian | Catatan | Tindakan | Paraf
 * Penilai) saved as a record: proposed from the figures, edited by the evaluator, then
 * closed with the evaluator's paraf. The database refuses changes after the paraf. The
 * SOP's code and name come from the SOP catalogue's read model
 * ({@link id.alurkerja.sop.SopReadModel}).
 */
@Service
public class MonitoringForms {

	/** A saved form. */
	public record Form(Long id, Long sopId, String sopCode, String sopName, Integer revisionNumber, LocalDate from,
			LocalDate to, Long unitId, Long evaluatorPersonId, String evaluatorName, String evaluatorPosition,
			Instant createdAt, Instant parafAt, long version, List<FormRow> rows) {

		public boolean hasParaf() {
			return this.parafAt != null;
		}

		public Period period() {
			return new Period(this.from, this.to);
		}

	}

	/** One row of a form, with the figures it was proposed from. */
	public record FormRow(int ord, String stepNo, String prosedur, boolean proposedBaik, boolean berjalanBaik,
			String catatan, String tindakan, int completed, Double median, Double p90, String unit, String standard,
			Double withinShare, int overdue, int returns) {
	}

	/** What the evaluator changes on a row. */
	public record RowEdit(int ord, boolean berjalanBaik, String catatan, String tindakan) {
	}

	/** Raised when a form is not the one the evaluator saw, or is closed. */
	public static class Conflict extends RuntimeException {

		public Conflict(String message) {
			super(message);
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MonitoringForms(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Saves a new form proposed from the evaluation; answers its id. */
	@Transactional
	public Long save(Viewer evaluator, Evaluation evaluation, List<FormRow> rows) {
		Instant now = now();
		Long id = this.jdbc.queryForObject("""
				insert into sop_evaluation (kabupaten_id, sop_id, revision_number, period_from, period_to, unit_id,
				  evaluator_person_id, evaluator_name, evaluator_position, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, evaluator.kabupatenId(),
				evaluation.revision().sopId(), evaluation.revisionNumber(), evaluation.period().from(),
				evaluation.period().to(), evaluation.unitId(), evaluator.personId(), evaluator.name(),
				evaluator.position(), Timestamp.from(now), Timestamp.from(now));
		for (FormRow r : rows) {
			this.jdbc.update("""
					insert into sop_evaluation_row (evaluation_id, ord, step_no, prosedur, proposed_baik, berjalan_baik,
					  catatan, tindakan, completed, median, p90, unit, standard, within_share, overdue, returns)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, r.ord(), r.stepNo(), r.prosedur(),
					r.proposedBaik(), r.berjalanBaik(), r.catatan(), r.tindakan(), r.completed(), r.median(), r.p90(),
					r.unit(), r.standard(), r.withinShare(), r.overdue(), r.returns());
		}
		return id;
	}

	/**
	 * The evaluator's edits; refused when the form changed since it was read or has
	 * paraf.
	 */
	@Transactional
	public void update(Viewer evaluator, Long id, long version, List<RowEdit> edits) {
		Form form = lock(evaluator, id, version);
		for (RowEdit e : edits) {
			this.jdbc.update("""
					update sop_evaluation_row set berjalan_baik = ?, catatan = ?, tindakan = ?
					where evaluation_id = ? and ord = ?""", e.berjalanBaik(), clean(e.catatan()), clean(e.tindakan()),
					form.id(), e.ord());
		}
		this.jdbc.update("update sop_evaluation set updated_at = ?, version = version + 1 where id = ?",
				Timestamp.from(now()), id);
	}

	/** The evaluator's paraf closes the form. */
	@Transactional
	public void paraf(Viewer evaluator, Long id, long version) {
		lock(evaluator, id, version);
		this.jdbc.update("update sop_evaluation set paraf_at = ?, version = version + 1 where id = ?",
				Timestamp.from(now()), id);
	}

	/** A form of the kabupaten, empty when there is none such. */
	@Transactional(readOnly = true)
	public Optional<Form> form(Long kabupatenId, Long id) {
		List<Form> found = this.jdbc.query(HEAD + " where e.kabupaten_id = ? and e.id = ?",
				(rs, i) -> header(rs, rows(rs.getLong("id"))), kabupatenId, id);
		return found.stream().findFirst();
	}

	/** The saved forms of an SOP, newest first, without their rows. */
	@Transactional(readOnly = true)
	public List<Form> list(Long kabupatenId, Long sopId) {
		return this.jdbc.query(
				HEAD + " where e.kabupaten_id = ? and e.sop_id = ? order by e.created_at desc, e.id desc",
				(rs, i) -> header(rs, List.of()), kabupatenId, sopId);
	}

	private static final String HEAD = """
			select e.id, e.sop_id, s.code, r.name, e.revision_number, e.period_from, e.period_to, e.unit_id,
			  e.evaluator_person_id, e.evaluator_name, e.evaluator_position, e.created_at, e.paraf_at, e.version
			from sop_evaluation e join sop_catalog s on s.sop_id = e.sop_id
			join lateral (select name from sop_catalog_revision where sop_id = s.sop_id and not draft
			  order by number desc limit 1) r on true""";

	private Form lock(Viewer evaluator, Long id, long version) {
		List<Object[]> rows = this.jdbc.query(
				"select evaluator_person_id, version, paraf_at from sop_evaluation where id = ? and kabupaten_id = ? for update",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3) }, id,
				evaluator.kabupatenId());
		if (rows.isEmpty()) {
			throw new java.util.NoSuchElementException("evaluation " + id);
		}
		Object[] row = rows.get(0);
		if (!evaluator.personId().equals(row[0])) {
			throw new Conflict("reports.form.notEvaluator");
		}
		if (row[2] != null) {
			throw new Conflict("reports.form.closed");
		}
		if ((long) row[1] != version) {
			throw new Conflict("reports.form.stale");
		}
		return form(evaluator.kabupatenId(), id).orElseThrow();
	}

	private List<FormRow> rows(Long id) {
		return this.jdbc.query("""
				select ord, step_no, prosedur, proposed_baik, berjalan_baik, catatan, tindakan, completed, median, p90,
				  unit, standard, within_share, overdue, returns
				from sop_evaluation_row where evaluation_id = ? order by ord""",
				(rs, i) -> new FormRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
						rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getInt(8), dbl(rs, 9), dbl(rs, 10),
						rs.getString(11), rs.getString(12), dbl(rs, 13), rs.getInt(14), rs.getInt(15)),
				id);
	}

	private static Form header(java.sql.ResultSet rs, List<FormRow> rows) throws java.sql.SQLException {
		Timestamp paraf = rs.getTimestamp("paraf_at");
		return new Form(rs.getLong("id"), rs.getLong("sop_id"), rs.getString("code"), rs.getString("name"),
				(Integer) rs.getObject("revision_number", Integer.class), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), (Long) rs.getObject("unit_id", Long.class),
				rs.getLong("evaluator_person_id"), rs.getString("evaluator_name"), rs.getString("evaluator_position"),
				rs.getTimestamp("created_at").toInstant(), (paraf != null) ? paraf.toInstant() : null,
				rs.getLong("version"), rows);
	}

	private static Double dbl(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.doubleValue() : null;
	}

	private static String clean(String text) {
		return (text != null) ? text.strip() : "";
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
