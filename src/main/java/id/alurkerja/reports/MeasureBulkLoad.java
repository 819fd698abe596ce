package id.alurkerja.reports;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import id.alurkerja.database.BulkInsert;
import id.alurkerja.database.BulkLoad;
import id.alurkerja.reports.evaluation.TaskMeasures;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Task measures loaded in bulk (the history generator): per completed task the figures
 * {@code TaskMeasures.MEASURE} would compute from its rows, handed over by a loader that
 * computed them itself, written with one {@code COPY} and added to the per-day sums in
 * the caller's transaction, so that a bulk load needs no measuring pass. Also what a load
 * asks of the scheduled measuring: hold it, and count everything again afterwards.
 */
@Component
public class MeasureBulkLoad {

	private final TaskMeasures measures;

	private final JdbcTemplate jdbc;

	MeasureBulkLoad(TaskMeasures measures, JdbcTemplate jdbc) {
		this.measures = measures;
		this.jdbc = jdbc;
	}

	public Batch batch() {
		return new Batch(this.jdbc, this.measures);
	}

	/** Holds (or resumes) the scheduled measuring runs, e.g. during a bulk load. */
	public void suspend(boolean suspend) {
		this.measures.suspend(suspend);
	}

	/**
	 * After tasks were written with completion times in the past: the next run looks at
	 * every completed task again, and until then the evaluation computes directly.
	 */
	public void invalidate() {
		this.measures.invalidate();
	}

	/** Measures what is not measured yet; returns how many tasks it measured. */
	public int refresh() {
		return this.measures.refresh();
	}

	/** The plain indexes of the measures, dropped for a long load. */
	public BulkLoad.DroppedIndexes dropSecondaryIndexes() {
		return BulkLoad.dropSecondaryIndexes(this.jdbc, List.of("task_measure"));
	}

	/** After a load and its measuring: fresh statistics. */
	public void analyze() {
		this.jdbc.execute("vacuum analyze task_measure");
		this.jdbc.execute("vacuum analyze task_measure_day");
	}

	/** The measures of one batch as {@code COPY} text, written by {@link #write()}. */
	public static final class Batch {

		private final JdbcTemplate jdbc;

		private final TaskMeasures measures;

		private final BulkInsert rows = new BulkInsert("task_measure", """
				task_id int8, case_id int8, kabupaten_id int8, revision_id int8, unit_id int8, step_no text,
				position_id int8, completed_at timestamptz, due_at timestamptz, outcome text, wmin float8, cdays float8,
				by_lane bool, by_acting bool, delegated bool, has_doc bool, output_missing bool, reason text""");

		private long[] taskIds = new long[256];

		private int count;

		Batch(JdbcTemplate jdbc, TaskMeasures measures) {
			this.jdbc = jdbc;
			this.measures = measures;
		}

		/**
		 * One completed task: office minutes on the working calendar ({@code wmin}),
		 * calendar days ({@code cdays}), the lane/acting/delegation/output flags and the
		 * reason of a Tidak ("" when it gave none; null for other outcomes).
		 */
		public void add(long taskId, long caseId, Long kabupatenId, Long revisionId, Long unitId, String stepNo,
				Long positionId, Instant completedAt, Instant dueAt, String outcome, long wmin, double cdays,
				boolean byLane, boolean byActing, boolean delegated, boolean hasDoc, boolean outputMissing,
				String reason) {
			this.rows.add(taskId, caseId, kabupatenId, revisionId, unitId, stepNo, positionId, completedAt, dueAt,
					outcome, wmin, cdays, byLane, byActing, delegated, hasDoc, outputMissing, reason);
			if (this.count == this.taskIds.length) {
				this.taskIds = Arrays.copyOf(this.taskIds, this.count * 2);
			}
			this.taskIds[this.count++] = taskId;
		}

		/**
		 * Writes the measures and adds their per-day sums, in the caller's transaction.
		 */
		public void write() {
			BulkLoad.requireTransaction("writing task measures in bulk");
			this.jdbc.execute((ConnectionCallback<Integer>) this.rows::flush);
			this.measures.addDaySums(Arrays.copyOf(this.taskIds, this.count));
			this.count = 0;
		}

	}

}
