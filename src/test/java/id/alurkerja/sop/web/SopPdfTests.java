package id.alurkerja.sop.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.alurkerja.sop.web.SeedSop.bare;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /sop/{code}/pdf is the same document as a real PDF: readable text, page numbers, the
 * chart over several landscape pages, the font embedded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopPdfTests {

	@LocalServerPort
	int port;

	@Autowired
	SopCatalog catalog;

	@Autowired
	OrgDirectory directory;

	@Test
	void everySeedPdfHoldsEveryActivityAndIdentityItemAndPageNumbers() throws IOException {
		for (SeedSop seed : SeedSop.all()) {
			SopContent content = content(seed);
			byte[] bytes = pdf(seed, "/sop/" + seed.code + "/pdf");
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				String text = bare(new PDFTextStripper().getText(pdf));
				for (Step step : content.steps()) {
					assertThat(text).as(seed.code + " step " + step.no()).contains(bare(step.activity()));
					if (step.time() != null) {
						assertThat(text).contains(bare(step.time().printed()));
					}
				}
				content.lanes().forEach(lane -> assertThat(text).contains(bare(lane.name())));
				for (String item : SopDocumentPageTests.identityTexts(content.identity())) {
					assertThat(text).as(seed.code).contains(bare(item));
				}
				int pages = pdf.getNumberOfPages();
				for (int page = 1; page <= pages; page++) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					assertThat(bare(stripper.getText(pdf))).as(seed.code + " page " + page)
						.contains("Halaman" + page + "dari" + pages);
				}
				PDPage first = pdf.getPage(0);
				// A4 landscape
				assertThat(first.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
				assertThat(first.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
				assertThat(fontsOf(first.getResources())).as("fonts of page 1").isNotEmpty().allMatch(f -> f);
			}
		}
	}

	@Test
	void seed002ChartRunsOverSeveralPagesJoinedByOffPageConnectors() throws IOException {
		byte[] bytes = pdf(SeedSop.KSAD, "/sop/LMD-KSAD-01/pdf");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			// every page of the chart repeats the table header
			PDFTextStripper stripper = new PDFTextStripper();
			int chartPages = 0;
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = bare(stripper.getText(pdf));
				if (text.contains("MutuBaku")) {
					chartPages++;
					assertThat(text).contains("Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Keterangan",
							"TKKSD", "PerangkatDaerahTeknis", "Sekda", "Bupati");
				}
			}
			assertThat(chartPages).isGreaterThanOrEqualTo(2);
		}
	}

	/**
	 * Seed 001's 19-digit NIP is printed exactly as the SOP holds it; the "NIP tidak sah"
	 * badge is Alur's warning, shown on the screen only, never on the official document.
	 */
	@Test
	void theOfficialPdfPrintsTheNipAsWrittenWithoutAlursWarning() throws IOException {
		byte[] bytes = pdf(SeedSop.KERJASAMA_ANTAR_DESA, "/sop/DPMPEMDES-CTADES-01/pdf");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).doesNotContain("NIP tidak sah").doesNotContain("seharusnya 18");
			assertThat(bare(text)).contains("NIP");
		}
	}

	@Test
	void pdfIsServedInlineWithItsFileName() throws Exception {
		BinarySession session = new BinarySession(this.port, "sekda.lamandau", SeedSop.PASSWORD);
		HttpResponse<byte[]> response = session.get("/sop/LMD-KSAD-01/revisions/1/pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
			.isEqualTo("inline; filename=\"SOP-LMD-KSAD-01-rev1.pdf\"");
		assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	private static List<Boolean> fontsOf(PDResources resources) throws IOException {
		List<Boolean> embedded = new ArrayList<>();
		for (COSName name : resources.getFontNames()) {
			embedded.add(resources.getFont(name).isEmbedded());
		}
		return embedded;
	}

	private byte[] pdf(SeedSop seed, String path) {
		BinarySession session = new BinarySession(this.port, seed.reader, SeedSop.PASSWORD);
		HttpResponse<byte[]> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(new String(response.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		return response.body();
	}

	private SopContent content(SeedSop seed) {
		Long kabupaten = this.directory.kabupatenByName(seed.kabupaten).orElseThrow().id();
		return this.catalog.published(kabupaten, seed.code).orElseThrow().content();
	}

}
