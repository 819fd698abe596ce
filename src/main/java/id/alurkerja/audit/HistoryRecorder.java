package id.alurkerja.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends each published case event to its case's hash-chained history. A plain
 * synchronous listener on purpose: the event is recorded inside the action's own
 * transaction, so an action and its history commit or roll back together.
 */
@Component
class HistoryRecorder {

	private final CaseHistory history;

	HistoryRecorder(CaseHistory history) {
		this.history = history;
	}

	@EventListener
	void record(CaseHistoryEvent event) {
		this.history.append(event.toHistory());
	}

}
