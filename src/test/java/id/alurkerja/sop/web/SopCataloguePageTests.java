package id.alurkerja.sop.web;

import java.util.List;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /sop lists the SOPs of the reader's own kabupaten and finds them by words. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopCataloguePageTests {

	@LocalServerPort
	int port;

	@Test
	void sanggauUserSeesBothSanggauSopsAndNoOther() {
		Document page = catalogue("kadis.sanggau", "");
		assertThat(codes(page)).containsExactlyInAnyOrder("DPMPEMDES-CTADES-01", "DPMPEMDES-PK-01");
		String text = page.select("main").text();
		assertThat(text).contains("Pelayanan Kerjasama Antar Desa dengan Pihak Ketiga", "Seksi Kerjasama Desa",
				"DPMPEMDES/CTADES/01", "Penyusunan Perjanjian Kinerja", "2 MARET 2021");
		assertThat(text).doesNotContain("Lamandau", "Benua Lima");
	}

	@Test
	void lamandauAndBaritoTimurUsersSeeTheirOneSopEach() {
		assertThat(codes(catalogue("sekda.lamandau", ""))).containsExactly("LMD-KSAD-01");
		assertThat(codes(catalogue("camat.benualima", ""))).containsExactly("BTM-PPMD-01");
	}

	@Test
	void catalogueRowShowsNameOfficeNumberRevisionAndEffectiveDate() {
		Element row = catalogue("camat.benualima", "").selectFirst("tr[data-code=BTM-PPMD-01]");
		assertThat(row).isNotNull();
		assertThat(row.select("td").eachText()).containsExactly(
				"SOP KEPALA SEKSI PEMBANGUNAN DAN PEMBERDAYAAN MASYARAKAT DESA KANTOR KECAMATAN BENUA LIMA naratif",
				"Kecamatan Benua Lima", "005 / 39 / B.Lima / 2025", "1", "30 Januari 2025");
		assertThat(row.selectFirst("a").attr("href")).isEqualTo("/sop/BTM-PPMD-01");
	}

	@Test
	void searchFindsByAWordOfTheNameAndByTheOffice() {
		assertThat(codes(catalogue("kadis.sanggau", "kinerja"))).containsExactly("DPMPEMDES-PK-01");
		assertThat(codes(catalogue("kadis.sanggau", "Pihak Ketiga"))).containsExactly("DPMPEMDES-CTADES-01");
		// the office of seed 001 is the Seksi Kerjasama Desa
		assertThat(codes(catalogue("kadis.sanggau", "seksi"))).containsExactly("DPMPEMDES-CTADES-01");
		assertThat(codes(catalogue("sekda.lamandau", "pemerintahan"))).containsExactly("LMD-KSAD-01");
		Document none = catalogue("kadis.sanggau", "tidakadasopini");
		assertThat(codes(none)).isEmpty();
		assertThat(none.select("main").text()).contains("Tidak ada SOP yang cocok");
		assertThat(none.selectFirst("input[name=q]").attr("value")).isEqualTo("tidakadasopini");
	}

	@Test
	void navigationLinksToTheCatalogue() {
		WebSession session = new WebSession(this.port);
		session.login("kadis.sanggau", SeedSop.PASSWORD);
		Document inbox = Jsoup.parse(session.get("/inbox").body());
		assertThat(inbox.select("nav a[href=/sop]").text()).isEqualTo("SOP");
	}

	private Document catalogue(String user, String query) {
		WebSession session = new WebSession(this.port);
		session.login(user, SeedSop.PASSWORD);
		var response = session.get(query.isEmpty() ? "/sop" : "/sop?q=" + query.replace(" ", "+"));
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> codes(Document page) {
		return page.select("table.sop-catalogue tbody tr").eachAttr("data-code");
	}

}
