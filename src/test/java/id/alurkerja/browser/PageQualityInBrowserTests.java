package id.alurkerja.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages people use all day: no serious accessibility violation, no sideways scrolling
 * on a phone.
 */
class PageQualityInBrowserTests extends JourneyBase {

	@Test
	void inboxCasePageAndNewCaseFormPassAxeAndFitA360PixelPhone() throws Exception {
		String no = register("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Pemeriksaan aksesibilitas",
				"Desa Sei Tekam", "rancangan");
		Browser b = browser();
		assertThat(b.seriousAccessibilityViolations()).as("case page").isEmpty();
		assertThat(b.scrollsSideways(360)).as("case page at 360 px").isFalse();

		b.open("/inbox");
		assertThat(b.text()).contains(no);
		assertThat(b.seriousAccessibilityViolations()).as("inbox").isEmpty();
		assertThat(b.scrollsSideways(360)).as("inbox at 360 px").isFalse();

		b.open("/cases/new?sop=DPMPEMDES-CTADES-01");
		assertThat(b.seriousAccessibilityViolations()).as("new case form").isEmpty();
		assertThat(b.scrollsSideways(360)).as("new case form at 360 px").isFalse();
	}

}
