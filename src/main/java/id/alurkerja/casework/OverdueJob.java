package id.alurkerja.casework;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue check every minute ({@code alur.overdue.interval}); off with
 * {@code alur.overdue.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "alur.overdue.enabled", havingValue = "true", matchIfMissing = true)
class OverdueJob {

	private final OverdueService overdue;

	OverdueJob(OverdueService overdue) {
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${alur.overdue.interval:PT1M}", initialDelayString = "PT30S")
	void run() {
		this.overdue.markOverdue();
	}

}
