package id.alurkerja.audit;

import java.time.Instant;
import java.util.List;

import id.alurkerja.database.BulkInsert;
import id.alurkerja.database.BulkLoad;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case histories loaded in bulk (the history generator): events handed over per case in
 * order, hash-chained here exactly as {@link CaseHistory#append} chains them (so that
 * {@link CaseHistory#verify} accepts them), and written with one {@code COPY} in the
 * caller's transaction.
 */
@Component
public class HistoryBulkLoad {

	private final JdbcTemplate jdbc;

	HistoryBulkLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Batch batch() {
		return new Batch(this.jdbc);
	}

	/** The plain indexes of the history, dropped for a long load. */
	public BulkLoad.DroppedIndexes dropSecondaryIndexes() {
		return BulkLoad.dropSecondaryIndexes(this.jdbc, List.of("case_event"));
	}

	/** After a load: fresh statistics. */
	public void analyze() {
		this.jdbc.execute("vacuum analyze case_event");
	}

	/** The events of one batch as {@code COPY} text, written by {@link #write()}. */
	public static final class Batch {

		private final JdbcTemplate jdbc;

		private final BulkInsert events = new BulkInsert("case_event", """
				case_id int8, seq int4, type text, step_no text, task_id int8, actor_person_id int8, actor_name text,
				actor_position_id int8, actor_position text, acting text, on_behalf_of text, occurred_at timestamptz,
				outcome text, note text, prev_hash text, hash text""");

		Batch(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** The history of a case with no events yet, to be added in order. */
		public Chain chain(long caseId) {
			return new Chain(caseId, this.events);
		}

		/** Events collected and not written yet. */
		public int size() {
			return this.events.size();
		}

		public void write() {
			BulkLoad.requireTransaction("writing case history in bulk");
			this.jdbc.execute((ConnectionCallback<Integer>) this.events::flush);
		}

	}

	/** One case's events, numbered and linked as they are added. */
	public static final class Chain {

		private final long caseId;

		private final BulkInsert events;

		private int seq;

		private String prev = CaseHistory.GENESIS;

		Chain(long caseId, BulkInsert events) {
			this.caseId = caseId;
			this.events = events;
		}

		/**
		 * The next event; the actor fields as in {@link NewEvent}, all null for no actor.
		 */
		public void add(EventType type, String stepNo, Long taskId, Long actorPersonId, String actorName,
				Long actorPositionId, String actorPosition, String acting, String onBehalfOf, Instant occurredAt,
				String outcome, String note) {
			this.seq++;
			CaseEventView view = new CaseEventView(this.seq, type, stepNo, taskId, actorPersonId, actorName,
					actorPositionId, actorPosition, acting, onBehalfOf, occurredAt, outcome, note);
			String hash = CaseHistory.hash(this.caseId, view, this.prev);
			this.events.add(this.caseId, this.seq, type.name(), stepNo, taskId, actorPersonId, actorName,
					actorPositionId, actorPosition, acting, onBehalfOf, occurredAt, outcome, note, this.prev, hash);
			this.prev = hash;
		}

	}

}
