package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds an SOP through the editor's forms, as an admin would click it together. */
final class SopEditorSteps {

	static final String NAME = "Fasilitasi Permohonan Uji Editor";

	private SopEditorSteps() {
	}

	/** Creates the SOP in Seksi Kerjasama Desa, leaving its draft unpublished. */
	static void create(Browser admin, String code) {
		Document list = admin.page("/admin/sop");
		String unit = list.select("#new-sop select[name=unitId] option")
			.stream()
			.filter(o -> o.text().equals("Seksi Kerjasama Desa"))
			.map(o -> o.attr("value"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> created = admin.submit(list, "#new-sop",
				Map.of("code", code, "namaSop", NAME, "unitId", unit, "form", "FLOWCHART"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(Browser.location(created)).endsWith("/admin/sop/" + code + "/draft");
	}

	/**
	 * Five steps over two lanes: 1 start (1 working day), 2 process, 3 decision (Ya → 4,
	 * Tidak → 2), 4 process, 5 end.
	 */
	static void createFiveStepSop(Browser admin, String code) {
		create(admin, code);
		String draft = "/admin/sop/" + code + "/draft";
		post(admin, draft, "#identity-form", Map.of("nomorSop", "DPMPD/UJI/01", "jabatan", "Kepala Dinas"));
		addItem(admin, draft, "dasarHukum", "Peraturan Menteri Dalam Negeri Nomor 96 Tahun 2017");
		post(admin, draft, "#add-lane",
				Map.of("name", "Kepala Seksi Kerjasama Desa", "position", "kasi-kerjasama", "op", "ADD"));
		post(admin, draft, "#add-lane",
				Map.of("name", "Kepala Bidang Penataan dan Kerjasama Desa", "position", "kabid-pkd", "op", "ADD"));
		for (int i = 0; i < 5; i++) {
			post(admin, draft, "#add-step", Map.of("op", "ADD"));
		}
		step(admin, code, 0, Map.of("kind", "START", "lane", "L1", "activity", "Menerima permohonan kerja sama",
				"timeMin", "1", "timeMax", "1", "timeUnit", "HARI_KERJA", "output", "Surat permohonan"));
		step(admin, code, 1, Map.of("kind", "PROCESS", "lane", "L1", "activity", "Menyusun telaahan"));
		step(admin, code, 2,
				Map.of("kind", "DECISION", "lane", "L2", "activity", "Memeriksa telaahan", "ya", "4", "tidak", "2"));
		step(admin, code, 3, Map.of("kind", "PROCESS", "lane", "L1", "activity", "Menyampaikan hasil telaahan"));
		step(admin, code, 4, Map.of("kind", "END", "lane", "L2", "activity", "Mengarsipkan"));
		addItem(admin, "/admin/sop/" + code + "/draft/steps/0", "kelengkapan", "Surat permohonan desa");
		Document editor = admin.page(draft);
		assertThat(editor.select("#no-problems")).as(editor.select("#problems").text()).hasSize(1);
		assertThat(editor.select("#step-table tbody tr")).hasSize(5);
		assertThat(editor.select("#preview").text()).contains(NAME, "Memeriksa telaahan", "1 Hari",
				"Surat permohonan desa");
	}

	static void step(Browser admin, String code, int index, Map<String, String> fields) {
		post(admin, "/admin/sop/" + code + "/draft/steps/" + index, "#step-form", fields);
	}

	/**
	 * Types an item below a list of the page (identity block or step) and presses its add
	 * button.
	 */
	static HttpResponse<String> pressAdd(Browser admin, Document page, String list, String value) {
		return admin.press(page, "#list-" + list + " button.admin-add-item",
				Map.of("#list-" + list + " input[name='newItems[" + list + "]']", value));
	}

	static void addItem(Browser admin, String page, String list, String value) {
		HttpResponse<String> response = pressAdd(admin, admin.page(page), list, value);
		assertThat(response.statusCode()).as(list + " on " + page + ": " + response.body()).isEqualTo(302);
	}

	static void post(Browser admin, String page, String selector, Map<String, String> changes) {
		HttpResponse<String> response = admin.submit(page, selector, changes);
		assertThat(response.statusCode()).as(selector + " on " + page + ": " + response.body()).isEqualTo(302);
	}

	static Element form(Document page, String selector) {
		return page.selectFirst(selector);
	}

}
