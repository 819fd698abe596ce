package id.alurkerja.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's "done when", in Chromium: the Kadis opens the evaluation of the seed 001 SOP
 * over the past year (the demo history), sees the measured times against the standards,
 * saves the proposed monitoring form, adjusts it, gives paraf, and downloads it as PDF
 * and the step table as XLSX. The report pages pass axe and fit a phone.
 */
class ReportsInBrowserTests extends JourneyBase {

	private static final String SOP = "DPMPEMDES-CTADES-01";

	@Test
	void aKadisEvaluatesSeed001AdjustsTheMonitoringFormGivesParafAndDownloadsIt() throws Exception {
		Browser b = browser();
		b.signIn("kadis.sanggau");
		b.follow("Laporan");
		assertThat(b.text()).contains("Berkas berjalan", "Langkah yang paling sering terlambat");
		assertThat(b.seriousAccessibilityViolations()).as("dashboard").isEmpty();
		assertThat(b.scrollsSideways(360)).as("dashboard at 360 px").isFalse();

		b.follow(SOP + " — Pelayanan Kerjasama Antar Desa dengan Pihak Ketiga");
		new WebDriverWait(b.driver(), Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.cssSelector("tr[data-step]")).isEmpty());
		List<String> steps = b.driver()
			.findElements(By.cssSelector("tr[data-step]"))
			.stream()
			.map(row -> row.getAttribute("data-step"))
			.toList();
		assertThat(steps).as("a row per step of seed 001 (printed without a row 4)")
			.containsExactly("1", "2", "3", "5", "6", "7", "8", "9", "10");
		// measured times beside the standards, from a year of demo history
		assertThat(b.text()).contains("Langkah yang perlu perhatian", "Formulir Monitoring");
		assertThat(b.driver().findElements(By.cssSelector("svg")).size()).as("charts").isPositive();
		assertThat(b.seriousAccessibilityViolations()).as("evaluation").isEmpty();
		assertThat(b.scrollsSideways(360)).as("evaluation at 360 px").isFalse();
		String xlsx = b.link("Tabel langkah (XLSX)").getAttribute("href");

		b.press("Simpan sebagai evaluasi");
		assertThat(b.alert()).contains("Evaluasi disimpan");
		new Select(b.driver().findElement(By.name("penilaian-1"))).selectByValue("TIDAK");
		b.driver().findElement(By.name("catatan-1")).clear();
		b.driver().findElement(By.name("catatan-1")).sendKeys("Pencatatan surat masuk sering lewat batas");
		b.driver().findElement(By.name("tindakan-1")).sendKeys("Tambah petugas loket pada Senin");
		b.press("Simpan perubahan");
		assertThat(b.alert()).contains("Perubahan disimpan");
		assertThat(b.seriousAccessibilityViolations()).as("monitoring form").isEmpty();
		assertThat(b.scrollsSideways(360)).as("monitoring form at 360 px").isFalse();
		b.press("Beri paraf");
		assertThat(b.alert()).contains("Paraf diberikan");
		assertThat(b.driver().findElements(By.tagName("textarea"))).isEmpty();
		assertThat(b.text()).contains("Tambah petugas loket pada Senin", "Diparaf penilai");

		byte[] pdf = download(b, b.link("Unduh PDF").getAttribute("href"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("FORMULIR MONITORING PELAKSANAAN SOP", "Tambah petugas loket pada Senin",
					"Tidak berjalan dengan baik");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download(b, xlsx)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.stream().map(r -> r.getCellText(0)).collect(Collectors.toList())).contains("1", "2", "9");
		}
	}

	/** Fetches a link with the browser's session, as the browser's download would. */
	private static byte[] download(Browser b, String url) throws IOException, InterruptedException {
		String cookies = b.driver()
			.manage()
			.getCookies()
			.stream()
			.map(Cookie::toString)
			.map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

}
