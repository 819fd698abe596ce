package id.alurkerja.reports;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts read as words in English: one step, two steps, never "1 steps". */
class ReportsWordingTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void theDashboardSummaryCountsInTheSingularAndThePlural() {
		assertThat(text("reports.dashboard.summary", 1, 1)).isEqualTo("1 case running, 1 step overdue now.");
		assertThat(text("reports.dashboard.summary", 1200, 0)).isEqualTo("1,200 cases running, no step overdue now.");
		assertThat(text("reports.evaluation.period", "1 January 2026", "31 March 2026", 1))
			.isEqualTo("Period 1 January 2026 to 31 March 2026: 1 case with completed steps.");
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/reports");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
