package id.alurkerja.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;
import id.alurkerja.shared.PositionId;
import id.alurkerja.shared.TaskId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to a case's history and checks its chain. Appends join the caller's
 * transaction, so an action and its event commit together; the caller holds the case's
 * row lock, which keeps sequence numbers and links of one case in order.
 */
@Service
public class CaseHistory {

	static final String GENESIS = "0".repeat(64);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public CaseEventView append(NewEvent e) {
		List<Object[]> last = this.jdbc.query(
				"select seq, hash from case_event where case_id = ? order by seq desc limit 1",
				(rs, i) -> new Object[] { rs.getInt(1), rs.getString(2) }, e.caseId().value());
		int seq = last.isEmpty() ? 1 : (int) last.get(0)[0] + 1;
		String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
		// PostgreSQL keeps microseconds: hash what is stored
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		CaseEventView view = new CaseEventView(seq, e.type(), e.stepNo(), TaskId.valueOf(e.taskId()),
				PersonId.valueOf(e.actorPersonId()), e.actorName(), PositionId.valueOf(e.actorPositionId()),
				e.actorPosition(), e.acting(), e.onBehalfOf(), at, e.outcome(), e.note());
		String hash = hash(e.caseId().value(), view, prev);
		this.jdbc.update("""
				insert into case_event (case_id, seq, type, step_no, task_id, actor_person_id, actor_name,
				  actor_position_id, actor_position, acting, on_behalf_of, occurred_at, outcome, note, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.caseId().value(), seq, e.type().name(),
				e.stepNo(), view.taskId(), view.actorPersonId(), e.actorName(), view.actorPositionId(),
				e.actorPosition(), e.acting(), e.onBehalfOf(), Timestamp.from(at), e.outcome(), e.note(), prev, hash);
		return view;
	}

	@Transactional(readOnly = true)
	public List<CaseEventView> events(CaseId caseId) {
		return this.jdbc.query("""
				select seq, type, step_no, task_id, actor_person_id, actor_name, actor_position_id, actor_position,
				  acting, on_behalf_of, occurred_at, outcome, note
				from case_event where case_id = ? order by seq""",
				(rs, i) -> new CaseEventView(rs.getInt(1), EventType.valueOf(rs.getString(2)), rs.getString(3),
						(Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), (Long) rs.getObject(7),
						rs.getString(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
						rs.getString(12), rs.getString(13)),
				caseId.value());
	}

	/**
	 * Whether the person acted on the case: an event of its history is theirs. One
	 * statement, in the caller's transaction when there is one.
	 */
	public boolean actedOn(CaseId caseId, PersonId personId) {
		if (personId == null) {
			return false;
		}
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from case_event where case_id = ? and actor_person_id = ?)", Boolean.class,
				caseId.value(), personId.value()));
	}

	/**
	 * Recomputes every hash of the case's chain and follows the links from the first
	 * event.
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify(CaseId caseId) {
		List<Object[]> rows = this.jdbc.query("select prev_hash, hash from case_event where case_id = ? order by seq",
				(rs, i) -> new Object[] { rs.getString(1), rs.getString(2) }, caseId.value());
		List<CaseEventView> events = events(caseId);
		String expectedPrev = GENESIS;
		for (int i = 0; i < events.size(); i++) {
			CaseEventView event = events.get(i);
			String storedPrev = (String) rows.get(i)[0];
			String storedHash = (String) rows.get(i)[1];
			if (event.seq() != i + 1 || !storedPrev.equals(expectedPrev)
					|| !storedHash.equals(hash(caseId.value(), event, storedPrev))) {
				return new ChainCheck(false, events.size(), event.seq());
			}
			expectedPrev = storedHash;
		}
		return new ChainCheck(true, events.size(), null);
	}

	/**
	 * The hash of one event given the previous event's hash ({@link #GENESIS} for the
	 * first); {@link HistoryBulkLoad} chains bulk-loaded events with it too.
	 */
	static String hash(Long caseId, CaseEventView e, String prev) {
		Object[] fields = { caseId, e.seq(), e.type(), e.stepNo(), e.taskId(), e.actorPersonId(), e.actorName(),
				e.actorPositionId(), e.actorPosition(), e.acting(), e.onBehalfOf(), e.occurredAt(), e.outcome(),
				e.note(), prev };
		// length-prefixed fields: no two different events share a content string
		StringBuilder content = new StringBuilder(256);
		for (int i = 0; i < fields.length; i++) {
			String value = Objects.toString(fields[i], "\u0000");
			if (i > 0) {
				content.append('|');
			}
			content.append(value.length()).append(':').append(value);
		}
		return HexFormat.of().formatHex(SHA_256.get().digest(content.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** A digest per thread: bulk loaders hash millions of events. */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

}
