package id.alurkerja.sop.web;

import java.util.ArrayList;
import java.util.List;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.alurkerja.sop.web.SeedSop.squash;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /sop/{code} prints the revision in the official format: nothing of the stored SOP is
 * missing from the page (compared with the content the catalogue holds, not copies).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopDocumentPageTests {

	@LocalServerPort
	int port;

	@Autowired
	SopCatalog catalog;

	@Autowired
	OrgDirectory directory;

	@Test
	void eachSeedPageShowsEveryStepLaneTimeAndIdentityItem() {
		for (SeedSop seed : SeedSop.all()) {
			SopContent content = content(seed);
			Document page = page(seed, "/sop/" + seed.code);
			String text = squash(page.select("article.sop-doc").text());
			Element chart = page.selectFirst("table.sop-chart");
			assertThat(chart).as(seed.code).isNotNull();

			List<String> headers = chart.select("th.sop-lane-name").eachText();
			assertThat(headers).as("lanes of " + seed.code + " in printed order")
				.containsExactlyElementsOf(content.lanes().stream().map(l -> squash(l.name())).toList());
			assertThat(chart.select("tbody tr").eachAttr("data-step")).as(seed.code)
				.containsExactlyElementsOf(content.steps().stream().map(Step::no).toList());
			for (Step step : content.steps()) {
				Element row = chart.selectFirst("tbody tr[data-step=\"" + step.no() + "\"]");
				assertThat(row.selectFirst("td.sop-no").text()).isEqualTo(step.no());
				String activity = squash(row.selectFirst("td.sop-activity").text());
				step.activity().lines().forEach(line -> assertThat(activity).contains(squash(line)));
				assertThat(row.selectFirst("td.sop-waktu").text()).as(seed.code + " step " + step.no())
					.isEqualTo((step.time() != null) ? step.time().printed() : "");
				assertThat(row.select("td.sop-kelengkapan li").eachText())
					.containsExactlyElementsOf(step.kelengkapan().stream().map(SeedSop::squash).toList());
				assertThat(row.select("td.sop-keterangan li").eachText())
					.containsExactlyElementsOf(step.keterangan().stream().map(SeedSop::squash).toList());
				assertThat(row.selectFirst("td.sop-output").text()).isEqualTo(squash(step.output()));
			}
			for (String item : identityTexts(content.identity())) {
				assertThat(text).as(seed.code).contains(squash(item));
			}
		}
	}

	@Test
	void identityListsAreOrderedListsInTheirCells() {
		SopContent content = content(SeedSop.KERJASAMA_ANTAR_DESA);
		Document page = page(SeedSop.KERJASAMA_ANTAR_DESA, "/sop/DPMPEMDES-CTADES-01");
		List<String> items = page.select("table.sop-identity-lists ol li").eachText();
		List<String> expected = new ArrayList<>();
		Identity identity = content.identity();
		expected.addAll(identity.dasarHukum());
		expected.addAll(identity.kualifikasiPelaksana());
		identity.keterkaitan().forEach(r -> expected.add(r.text()));
		expected.addAll(identity.peralatan());
		expected.addAll(identity.peringatan());
		expected.addAll(identity.pencatatan());
		assertThat(items).containsExactlyElementsOf(expected.stream().map(SeedSop::squash).toList());
		// the four Pencatatan items, two printed "3.", all kept
		assertThat(identity.pencatatan()).hasSize(4);
		// no related SOP of seed 001 exists in Alur: text, not a link
		assertThat(page.select("table.sop-identity-lists a")).isEmpty();
	}

	@Test
	void nineteenDigitNipIsShownAsPrintedWithAnInvalidBadge() {
		Document page = page(SeedSop.KERJASAMA_ANTAR_DESA, "/sop/DPMPEMDES-CTADES-01");
		Element signatory = page.selectFirst("table.sop-identity .sop-signatory");
		assertThat(signatory.selectFirst(".sop-nip").text()).isEqualTo("196990608 199403 1 012");
		assertThat(signatory.selectFirst(".sop-nip-invalid").text())
			.isEqualTo("NIP tidak sah: 19 digit, seharusnya 18");
		assertThat(signatory.text()).contains("Plt. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa",
				"Alian, S.ST", "Pembina");

		Document valid = page(SeedSop.PERJANJIAN_KINERJA, "/sop/DPMPEMDES-PK-01");
		assertThat(valid.selectFirst(".sop-nip").text()).isEqualTo("19690608 199403 1 012");
		assertThat(valid.select(".sop-nip-invalid")).isEmpty();
	}

	@Test
	void seed004ShowsItsNameAsHeadingAndKeepsTheContradictingChartTitle() {
		Identity identity = content(SeedSop.PERJANJIAN_KINERJA).identity();
		Document page = page(SeedSop.PERJANJIAN_KINERJA, "/sop/DPMPEMDES-PK-01");
		assertThat(page.selectFirst("h1.sop-name").text()).isEqualTo(identity.namaSop())
			.isEqualTo("Penyusunan Perjanjian Kinerja");
		assertThat(page.selectFirst("h2.sop-chart-title").text()).isEqualTo(identity.flowchartTitle())
			.isEqualTo("Fasilitasi Penyusunan Perencanaan Pembangunan Desa");
		// the printed SELESAI marker of row 8 stays in the chart
		assertThat(page.select("g.step[data-step=8] text").text()).isEqualTo("SELESAI");
		assertThat(page.select("g.step[data-step=1] text").text()).isEqualTo("MULAI");
	}

	@Test
	void flowchartSopShowsItsExtraPrintedSectionsAfterTheIdentityBlock() {
		SopContent content = content(SeedSop.KSAD);
		Document page = page(SeedSop.KSAD, "/sop/LMD-KSAD-01");
		List<String> titles = page.select("section.sop-section h2").eachText();
		assertThat(titles).containsExactlyElementsOf(content.sections().stream().map(s -> squash(s.title())).toList());
		String sections = squash(page.select("section.sop-section").text());
		content.sections().forEach(s -> {
			s.paragraphs().forEach(p -> assertThat(sections).contains(squash(p)));
			s.bullets().forEach(b -> assertThat(sections).contains(squash(b)));
		});
		assertThat(page.selectFirst("table.sop-identity").elementSiblingIndex())
			.isLessThan(page.selectFirst("section.sop-section").elementSiblingIndex());
	}

	@Test
	void narrativeSopShowsSectionsPhasesChainsEnactmentAndItsChart() {
		SopContent content = content(SeedSop.PPMD_NARRATIVE);
		Document page = page(SeedSop.PPMD_NARRATIVE, "/sop/BTM-PPMD-01");
		assertThat(page.select("table.sop-identity")).isEmpty();
		assertThat(page.select("header.sop-letterhead p").eachText())
			.containsExactlyElementsOf(content.identity().letterhead());
		assertThat(page.select("section.sop-section h2").eachText()).containsExactlyElementsOf(
				content.sections().stream().map(s -> squash(s.no() + ". " + s.title())).toList());
		assertThat(page.select(".sop-phase-title").eachText()).containsExactly("A. Perencanaan Kegiatan",
				"B. Pelaksanaan Kegiatan", "C. Evaluasi dan Pelaporan");
		String procedure = squash(page.selectFirst(".sop-procedure").text());
		for (Step step : content.steps()) {
			assertThat(procedure).contains(step.title());
			step.activity().lines().forEach(line -> assertThat(procedure).contains(squash(line)));
		}
		assertThat(page.select(".sop-chain").eachText()).containsExactly(
				"Identifikasi kebutuhan masyarakat → Rapat koordinasi → Penyusunan rencana kegiatan",
				"Pengajuan anggaran → Pelaksanaan program → Pengawasan dan monitoring",
				"Evaluasi hasil program → Penyusunan laporan → Dokumentasi dan arsip");
		String enactment = page.selectFirst(".sop-enactment").text();
		assertThat(enactment).contains("Ditetapkan di", "Taniran", "pada tanggal", "30 Januari 2025",
				"Camat Benua Lima", "Mahadani, S.AP, MM", "19750102 200604 1 004");
		assertThat(page.select(".sop-enactment .sop-nip-invalid")).isEmpty();
		assertThat(page.selectFirst("h2.sop-chart-title").text()).isEqualTo("Bagan alur (untuk penanganan berkas)");
		assertThat(page.select("table.sop-chart tbody tr")).hasSize(content.steps().size());
	}

	@Test
	void revisionPageShowsTheSameDocumentAndTheRevisionList() {
		Document page = page(SeedSop.KSAD, "/sop/LMD-KSAD-01/revisions/1");
		assertThat(page.selectFirst("h1.sop-name").text())
			.isEqualTo("Fasilitasi Kerja Sama antar Daerah, KSDD, KSDPK dan Sinergi");
		assertThat(page.select(".sop-revisions li a").eachAttr("href")).contains("/sop/LMD-KSAD-01/revisions/1");
		assertThat(page.select(".sop-revisions").text()).contains("Revisi 1", "berlaku");
		assertThat(page.select("a[href=/sop/LMD-KSAD-01/pdf]")).hasSize(1);

		WebSession session = new WebSession(this.port);
		session.login("sekda.lamandau", SeedSop.PASSWORD);
		assertThat(session.get("/sop/LMD-KSAD-01/revisions/99").statusCode()).isEqualTo(404);
	}

	@Test
	void englishPageTranslatesTheLabelsButNotTheSop() {
		WebSession session = new WebSession(this.port);
		session.login("kadis.sanggau", SeedSop.PASSWORD);
		Document page = Jsoup.parse(session.get("/sop/DPMPEMDES-CTADES-01?lang=en").body());
		assertThat(page.select("table.sop-identity th").eachText()).contains("SOP number", "Approved by");
		assertThat(page.selectFirst(".sop-nip-invalid").text()).isEqualTo("Invalid NIP: 19 digits, should be 18");
		assertThat(page.select("td.sop-activity").first().text()).startsWith("Kepala Desa menyampaikan");
	}

	static List<String> identityTexts(Identity identity) {
		List<String> texts = new ArrayList<>();
		texts.addAll(identity.letterhead());
		texts.add(identity.namaSop());
		texts.add(identity.nomorSop());
		texts.add(identity.tanggalPembuatan());
		texts.add(identity.tanggalRevisi());
		texts.add(identity.tanggalEfektif());
		texts.add(identity.disahkanOleh().jabatan());
		texts.add(identity.disahkanOleh().nama());
		texts.add(identity.disahkanOleh().pangkat());
		texts.add(identity.disahkanOleh().nip());
		texts.addAll(identity.dasarHukum());
		texts.addAll(identity.kualifikasiPelaksana());
		identity.keterkaitan().forEach(r -> texts.add(r.text()));
		texts.addAll(identity.peralatan());
		texts.addAll(identity.peringatan());
		texts.addAll(identity.pencatatan());
		return texts.stream().filter(t -> t != null && !t.isBlank()).toList();
	}

	private SopContent content(SeedSop seed) {
		Long kabupaten = this.directory.kabupatenByName(seed.kabupaten).orElseThrow().id();
		return this.catalog.published(kabupaten, seed.code).orElseThrow().content();
	}

	private Document page(SeedSop seed, String path) {
		WebSession session = new WebSession(this.port);
		session.login(seed.reader, SeedSop.PASSWORD);
		var response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
