package id.alurkerja.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import id.alurkerja.database.BulkInsert;
import id.alurkerja.database.BulkLoad;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Casework's tables loaded in bulk (the history generator): cases, tasks, delegations and
 * uploaded documents handed over as rows, with their ids and registration numbers
 * reserved here first, and written with one {@code COPY} per table in the caller's
 * transaction. The rows are taken as they are: the loader answers for them being what
 * {@code CaseService} would have written. Statuses, outcomes, sifat and acting kinds are
 * the names of casework's enums.
 */
@Component
public class CaseBulkLoad {

	/** The tables a batch writes. */
	private static final List<String> TABLES = List.of("case_file", "task", "delegation", "case_document",
			"document_version");

	private final JdbcTemplate jdbc;

	CaseBulkLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids reserved for one batch; an upload takes a document id and a version id. */
	public record Ids(long[] cases, long[] tasks, long[] delegations, long[] documents, long[] versions) {
	}

	/** Ids from the tables' own sequences, so that later inserts never collide. */
	public Ids reserveIds(int cases, int tasks, int delegations, int uploads) {
		return new Ids(BulkLoad.ids(this.jdbc, "case_file", cases), BulkLoad.ids(this.jdbc, "task", tasks),
				BulkLoad.ids(this.jdbc, "delegation", delegations), BulkLoad.ids(this.jdbc, "case_document", uploads),
				BulkLoad.ids(this.jdbc, "document_version", uploads));
	}

	/**
	 * Reserves {@code count} registration numbers of the kabupaten and year from the same
	 * counter registration uses, and returns the first; the rest follow without gaps.
	 */
	public int reserveRegistrationNumbers(Long kabupatenId, int year, int count) {
		Integer last = this.jdbc.queryForObject("""
				insert into case_counter (kabupaten_id, year, last_seq) values (?, ?, ?)
				on conflict (kabupaten_id, year) do update set last_seq = case_counter.last_seq + excluded.last_seq
				returning last_seq""", Integer.class, kabupatenId, year, count);
		return last - count + 1;
	}

	public Batch batch() {
		return new Batch(this.jdbc);
	}

	private static final List<String> OPEN_WORK_INDEXES = List.of("task_open_due_idx", "task_open_paraf_idx",
			"task_open_position_idx", "delegation_open_to_idx");

	/**
	 * The plain indexes of casework's tables, dropped for a long load; those over open
	 * work stay (a generated history leaves few steps and delegations open).
	 */
	public BulkLoad.DroppedIndexes dropSecondaryIndexes() {
		return BulkLoad.dropSecondaryIndexes(this.jdbc, TABLES, OPEN_WORK_INDEXES);
	}

	/** After a load: fresh statistics (and visibility maps for the big tables). */
	public void analyze() {
		this.jdbc.execute("vacuum analyze case_file");
		this.jdbc.execute("vacuum analyze task");
		this.jdbc.execute("analyze delegation");
		this.jdbc.execute("analyze document_version");
	}

	/** How many cases and tasks there are (for the benchmark's report). */
	public record Totals(long cases, long tasks) {
	}

	public Totals totals() {
		return new Totals(this.jdbc.queryForObject("select count(*) from case_file", Long.class),
				this.jdbc.queryForObject("select count(*) from task", Long.class));
	}

	/** The rows of one batch as {@code COPY} text, written by {@link #write()}. */
	public static final class Batch {

		private final JdbcTemplate jdbc;

		private final BulkInsert cases = new BulkInsert("case_file",
				"""
						id int8, kabupaten_id int8, unit_id int8, origin_unit_id int8, sop_revision_id int8, registration_no text,
						registration_year int4, registration_seq int4, perihal text, surat_dari text, received_on date,
						sifat text, status text, current_step_no text, started_at timestamptz, ended_at timestamptz,
						created_by_person_id int8""");

		private final BulkInsert tasks = new BulkInsert("task", """
				id int8, case_id int8, kabupaten_id int8, step_no text, lane_key text, position_id int8,
				on_behalf_of text, status text, created_at timestamptz, taken_at timestamptz, completed_at timestamptz,
				near_at timestamptz, due_at timestamptz, outcome text, completed_by_person_id int8,
				completed_by_position_id int8, completed_acting text, sifat text, return_reason text,
				returned_from_step text, output_missing_reason text, overdue_notified_at timestamptz""");

		private final BulkInsert delegations = new BulkInsert("delegation", """
				id int8, task_id int8, from_person_id int8, from_position_id int8, to_position_id int8,
				to_person_id int8, arahan text, sifat text, created_at timestamptz, status text, report text,
				reported_at timestamptz, reported_by_person_id int8""");

		private final BulkInsert documents = new BulkInsert("case_document",
				"id int8, case_id int8, title text, created_at timestamptz");

		private final BulkInsert versions = new BulkInsert("document_version", """
				id int8, document_id int8, number int4, task_id int8, step_no text, file_name text, content_type text,
				size_bytes int8, sha256 text, uploaded_by_person_id int8, uploaded_by_position_id int8,
				uploaded_at timestamptz, kabupaten_id int8""");

		private final BulkInsert contents = new BulkInsert("document_content", "version_id int8, bytes bytea");

		Batch(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		public void addCase(long id, Long kabupatenId, Long unitId, Long originUnitId, Long revisionId,
				String registrationNo, int year, int seq, String perihal, String suratDari, LocalDate receivedOn,
				String sifat, String status, String currentStepNo, Instant startedAt, Instant endedAt,
				Long createdByPersonId) {
			this.cases.add(id, kabupatenId, unitId, originUnitId, revisionId, registrationNo, year, seq, perihal,
					suratDari, receivedOn, sifat, status, currentStepNo, startedAt, endedAt, createdByPersonId);
		}

		/** A task; taken when completed ({@code takenAt} is its completion). */
		public void addTask(long id, long caseId, Long kabupatenId, String stepNo, String laneKey, Long positionId,
				String onBehalfOf, String status, Instant createdAt, Instant completedAt, Instant nearAt, Instant dueAt,
				String outcome, Long completedByPersonId, Long completedByPositionId, String completedActing,
				String sifat, String returnReason, String returnedFromStep, String outputMissingReason,
				Instant overdueNotifiedAt) {
			this.tasks.add(id, caseId, kabupatenId, stepNo, laneKey, positionId, onBehalfOf, status, createdAt,
					completedAt, completedAt, nearAt, dueAt, outcome, completedByPersonId, completedByPositionId,
					completedActing, sifat, returnReason, returnedFromStep, outputMissingReason, overdueNotifiedAt);
		}

		public void addDelegation(long id, long taskId, Long fromPersonId, Long fromPositionId, Long toPositionId,
				Long toPersonId, String arahan, String sifat, Instant createdAt, String status, String report,
				Instant reportedAt, Long reportedByPersonId) {
			this.delegations.add(id, taskId, fromPersonId, fromPositionId, toPositionId, toPersonId, arahan, sifat,
					createdAt, status, report, reportedAt, reportedByPersonId);
		}

		/**
		 * A document uploaded at a task as its first version: size and SHA-256 from the
		 * bytes, which are kept only with {@code keepBytes} (a bulk load leaves them
		 * out).
		 */
		public void addUpload(long documentId, long versionId, long caseId, Long kabupatenId, long taskId,
				String stepNo, String title, String fileName, String contentType, byte[] bytes, boolean keepBytes,
				Long personId, Long positionId, Instant uploadedAt) {
			this.documents.add(documentId, caseId, title, uploadedAt);
			this.versions.add(versionId, documentId, 1, taskId, stepNo, fileName, contentType, bytes.length,
					sha256(bytes), personId, positionId, uploadedAt, kabupatenId);
			if (keepBytes) {
				this.contents.add(versionId, "\\x" + HexFormat.of().formatHex(bytes));
			}
		}

		public int cases() {
			return this.cases.size();
		}

		public int tasks() {
			return this.tasks.size();
		}

		/** Writes the batch in the caller's transaction (parents before children). */
		public void write() {
			BulkLoad.requireTransaction("writing cases in bulk");
			this.jdbc.execute((ConnectionCallback<Void>) connection -> {
				for (BulkInsert table : List.of(this.cases, this.tasks, this.delegations, this.documents, this.versions,
						this.contents)) {
					table.flush(connection);
				}
				return null;
			});
		}

		private static String sha256(byte[] bytes) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
