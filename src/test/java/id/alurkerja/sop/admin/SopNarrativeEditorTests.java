package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative parts of an SOP edited one small form at a time, without JavaScript: the
 * Definisi items, the Alur Kerja arrow chains, the enactment block and the link of a
 * Keterkaitan item; each edit is locked, logged and shown in the comparison.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopNarrativeEditorTests {

	static final String CODE = "BTM-PPMD-01";

	static final String DRAFT = "/admin/sop/" + CODE + "/draft";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The seed SOP keeps its published revision only. */
	@AfterEach
	void discardTheDraft() {
		this.jdbc.update("delete from sop_revision where status = 'DRAFT' and sop_id in "
				+ "(select id from sop where code = ?)", CODE);
	}

	@Test
	void definitionsChainsEnactmentAndRelatedCodeAreEditedLoggedAndCompared() {
		Browser admin = new Browser(this.port, "admin.bartim");
		assertThat(admin.submit("/admin/sop/" + CODE, "form[action$=/draft/new]", Map.of()).statusCode())
			.isEqualTo(302);
		Document editor = admin.page(DRAFT);
		String definisi = "#definitions-" + sectionIndex(editor, "Definisi");
		String alur = "#chains-" + sectionIndex(editor, "Alur Kerja");
		int definitions = editor.select(definisi + " > form").size() - 1;
		int chains = editor.select(alur + " > .admin-chain").size();

		// Definisi: add two, change one, move, remove
		SopEditorSteps.post(admin, DRAFT, definisi + " .admin-add-definition",
				Map.of("term", "Pokja", "meaning", "kelompok kerja uji", "op", "ADD"));
		SopEditorSteps.post(admin, DRAFT, definisi + " .admin-add-definition",
				Map.of("term", "Tim Uji", "meaning", "tim yang dihapus lagi", "op", "ADD"));
		String pokja = definisi + " > form:nth-of-type(" + (definitions + 1) + ")";
		SopEditorSteps.post(admin, DRAFT, pokja, Map.of("meaning", "kelompok kerja desa", "op", "SET"));
		SopEditorSteps.post(admin, DRAFT, pokja, Map.of("op", "DOWN"));
		editor = admin.page(DRAFT);
		assertThat(editor.select(definisi + " > form").get(definitions + 1).select("input[name=term]").val())
			.isEqualTo("Pokja");
		SopEditorSteps.post(admin, DRAFT, pokja, Map.of("op", "REMOVE"));
		editor = admin.page(DRAFT);
		assertThat(editor.select(definisi + " input[name=term]").eachAttr("value")).contains("Pokja")
			.doesNotContain("Tim Uji");
		assertThat(editor.select("#preview").text()).contains("Pokja", "kelompok kerja desa");

		// Alur Kerja: a new chain of three items, one moved, one removed; a chain removed
		SopEditorSteps.post(admin, DRAFT, alur + " .admin-add-chain", Map.of("value", "Kepala Desa", "op", "ADD"));
		String chain = "#chain-" + alur.substring("#chains-".length()) + "-" + chains;
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-add-chain-item", Map.of("value", "Bupati", "op", "ADD"));
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-add-chain-item", Map.of("value", "Camat", "op", "ADD"));
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-chain-item:nth-of-type(4)", Map.of("op", "UP"));
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-add-chain-item",
				Map.of("value", "Salah ketik", "op", "ADD"));
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-chain-item:nth-of-type(5)",
				Map.of("value", "Sekda", "op", "SET"));
		SopEditorSteps.post(admin, DRAFT, chain + " .admin-chain-item:nth-of-type(5)", Map.of("op", "REMOVE"));
		editor = admin.page(DRAFT);
		assertThat(editor.select(chain + " .admin-chain-item input[name=value]").eachAttr("value"))
			.containsExactly("Kepala Desa", "Camat", "Bupati");
		assertThat(editor.select("#preview").text()).contains("Kepala Desa → Camat → Bupati");
		// every item offers save, up, down and remove; a chain row moves and removes
		assertThat(editor.select(chain + " .admin-chain-item").first().select("button[name=op]").eachAttr("value"))
			.containsExactly("SET", "UP", "DOWN", "REMOVE");
		assertThat(editor.select(chain + " .admin-chain-row button[name=op]").eachAttr("value")).containsExactly("UP",
				"DOWN", "REMOVE");
		SopEditorSteps.post(admin, DRAFT, alur + " .admin-add-chain", Map.of("value", "", "op", "ADD"));
		SopEditorSteps.post(admin, DRAFT,
				"#chain-" + alur.substring("#chains-".length()) + "-" + (chains + 1) + " .admin-chain-row",
				Map.of("op", "REMOVE"));
		assertThat(admin.page(DRAFT).select(alur + " > .admin-chain")).hasSize(chains + 1);

		// the enactment block as printed
		SopEditorSteps.post(admin, DRAFT, "#enactment-form", Map.of("place", "Tamiang Layang", "date", "2 Januari 2026",
				"nama", "Budi Santoso, S.Sos", "nip", "19800101 200501 1 001"));
		editor = admin.page(DRAFT);
		assertThat(editor.select("#enactment-form input[name=pangkat]").val()).isEqualTo("Pembina (IV/a)");
		assertThat(editor.select("#preview").text()).contains("Tamiang Layang", "2 Januari 2026",
				"Budi Santoso, S.Sos");

		// Keterkaitan: an unknown code (or another kabupaten's) is refused, the entry
		// kept
		SopEditorSteps.addItem(admin, DRAFT, "keterkaitan", "SOP Pemberdayaan Masyarakat Desa");
		HttpResponse<String> refused = admin.submit(DRAFT, "#related-0", Map.of("code", "DPMPEMDES-CTADES-01"));
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#related-error").text()).contains("DPMPEMDES-CTADES-01");
		assertThat(page.select("#related-0 input[name=code]").val()).isEqualTo("DPMPEMDES-CTADES-01");
		SopEditorSteps.post(admin, DRAFT, "#related-0", Map.of("code", "btm-ppmd-01"));
		assertThat(admin.page(DRAFT).select("#related-0 input[name=code]").val()).isEqualTo(CODE);

		// the comparison with the published revision shows all of it
		Document compare = admin.page("/admin/sop/" + CODE + "/compare");
		assertThat(compare.select("#identity-changes").text()).contains("Pokja: kelompok kerja desa",
				"Kepala Desa → Camat → Bupati", "Tamiang Layang", "Budi Santoso, S.Sos",
				"SOP Pemberdayaan Masyarakat Desa [" + CODE + "]");
		// and the admin log has every edit
		assertThat(admin.page("/admin/log").select(".admin-log-entry").text()).contains("Pokja", "Tamiang Layang",
				"[" + CODE + "]");
	}

	@Test
	void aStaleDefinitionOrEnactmentEditIsRefusedAndKeepsTheEntry() {
		Browser admin = new Browser(this.port, "admin.bartim");
		admin.submit("/admin/sop/" + CODE, "form[action$=/draft/new]", Map.of());
		Document stale = admin.page(DRAFT);
		String definisi = "#definitions-" + sectionIndex(stale, "Definisi");
		SopEditorSteps.post(admin, DRAFT, "#enactment-form", Map.of("place", "Tamiang Layang"));

		HttpResponse<String> refused = admin.submit(stale, definisi + " .admin-add-definition",
				Map.of("term", "Istilah Basi", "meaning", "arti yang tertinggal", "op", "ADD"));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#conflict").text()).contains("Istilah Basi", "arti yang tertinggal");
		assertThat(page.select(definisi + " input[name=term]").eachAttr("value")).doesNotContain("Istilah Basi");

		refused = admin.submit(stale, "#enactment-form", Map.of("place", "Taniran Lama", "date", "1 Mei 2026"));
		assertThat(refused.statusCode()).isEqualTo(409);
		page = Jsoup.parse(refused.body());
		assertThat(page.select("#enactment-form input[name=place]").val()).isEqualTo("Taniran Lama");
		assertThat(page.select("#enactment-form input[name=date]").val()).isEqualTo("1 Mei 2026");
		assertThat(page.select("#preview").text()).contains("Tamiang Layang");
	}

	private static int sectionIndex(Document editor, String title) {
		for (Element section : editor.select("div[id^=section-]")) {
			Element input = section.selectFirst("input[name=title]");
			if (input != null && input.val().equals(title)) {
				return Integer.parseInt(section.id().substring("section-".length()));
			}
		}
		throw new AssertionError("No section " + title);
	}

}
