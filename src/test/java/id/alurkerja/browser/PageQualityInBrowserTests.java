package id.alurkerja.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages people use all day, and the SOP, case list and administration pages: no
 * serious accessibility violation, no sideways scrolling on a phone.
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

	@Test
	void theDisposisiFormAndDisposisiKeluarPassAxeAndFitA360PixelPhone() throws Exception {
		String no = register("kadis.sanggau", "DPMPEMDES-PK-01", "Disposisi dua penerima (peramban)",
				"Sekretariat Daerah", null);
		Browser b = browser();
		assertThat(b.seriousAccessibilityViolations()).as("case page with the disposisi form").isEmpty();
		assertThat(b.scrollsSideways(360)).as("disposisi form at 360 px").isFalse();
		b.tick("Kepala Bidang Administrasi Pemerintahan Desa — Stefanus Adi Pratama, S.H.");
		b.tick("Koordinasikan");
		b.tick("Siapkan bahan");
		b.press("Disposisikan");
		assertThat(b.alert()).contains("Disposisi telah dikirim");
		b.open("/disposisi/keluar");
		assertThat(b.text()).contains(no, "Koordinasikan", "Siapkan bahan", "Belum dibaca");
		assertThat(b.seriousAccessibilityViolations()).as("disposisi keluar").isEmpty();
		assertThat(b.scrollsSideways(360)).as("disposisi keluar at 360 px").isFalse();
		b.signIn("kabid.apd.sanggau");
		assertThat(b.text()).contains(no, "Tindak lanjuti disposisi", "Koordinasikan; Siapkan bahan");
	}

	@Test
	void theSopCaseListAndAdministrationPagesPassAxeAndFitA360PixelPhone() throws Exception {
		Browser b = browser();
		b.signIn("admin.sanggau");
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (String path : List.of("/cases", "/sop", "/sop/DPMPEMDES-CTADES-01", "/sop/DPMPEMDES-PK-01", "/admin/sop",
				"/admin/org/units", "/admin/org/positions", "/admin/org/people", "/admin/settings/holidays",
				"/admin/settings/numbering", "/admin/log")) {
			b.open(path);
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(d -> !d.findElements(By.cssSelector("footer, main h1, h1")).isEmpty());
			List<String> found = new ArrayList<>(b.seriousAccessibilityViolations());
			if (b.scrollsSideways(360)) {
				found.add("scrolls sideways at 360 px: " + b.sidewaysCulprits(360));
			}
			if (!found.isEmpty()) {
				problems.put(path, found);
			}
		}
		assertThat(problems).isEmpty();
	}

}
