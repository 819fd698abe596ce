package id.alurkerja.audit;

/**
 * Something that happened to a case, as the module where it happened describes it. The
 * history records every such event published in a transaction, in that transaction and in
 * the order published ({@link HistoryRecorder}); no service writes history rows by hand.
 */
public interface CaseHistoryEvent {

	/** The history row this event becomes: each event type maps its own fields once. */
	NewEvent toHistory();

}
