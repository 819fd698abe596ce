package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step form chooses a step's document duty from what the SOP itself holds (its
 * outputs, its lanes, the national klasifikasi list) and its Ya/Tidak targets from its
 * steps; what it cannot accept is refused at the field, in Bahasa Indonesia, with the
 * typed text kept and nothing saved. On the five-step SOP of {@link SopEditorSteps}: 1
 * start (Kasi, output Surat permohonan), 2 process (Kasi), 3 decision (Kabid, Ya → 4,
 * Tidak → 2), 4 process (Kasi), 5 end (Kabid).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorDutyTests {

	@LocalServerPort
	int port;

	Browser admin;

	String code;

	String draft;

	@BeforeEach
	void fiveStepSop() {
		this.admin = new Browser(this.port, "admin.sanggau");
		this.code = "UJI-TUGAS-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.createFiveStepSop(this.admin, this.code);
		this.draft = "/admin/sop/" + this.code + "/draft";
	}

	@Test
	void theStepFormOffersTheSopsOwnDocumentsLanesStepsAndTheNationalKlasifikasi() {
		Document step = this.admin.page(stepPage(1));
		assertThat(step.select("#step-form input[name=dutyKind]").eachAttr("value")).containsExactly("", "DRAFT",
				"PARAF", "SIGN", "NUMBER");
		assertThat(step.select("#dutyKind-none").hasAttr("checked")).isTrue();
		assertThat(step.select("#step-form select[name=dutyDocument] option").eachText()).contains("Surat permohonan");
		assertThat(step.select("#paraf-lanes label").eachText()).containsExactly(
				"Kepala Seksi Kerjasama Desa (peringkat 6)", "Kepala Bidang Penataan dan Kerjasama Desa (peringkat 5)");
		assertThat(step.select("#step-form select[name=klasifikasi] option").eachAttr("value")).contains("", "005",
				"100.3.5", "000.8.3.3");
		assertThat(step.select("#step-form select[name=ya] option").eachAttr("value")).containsExactly("", "1", "2",
				"3", "4", "5");
		assertThat(step.select("#step-form input[name=klasifikasi]")).as("never a typed number").isEmpty();
	}

	@Test
	void thePeringkatSaysThatItDecidesTheParafOrder() {
		assertThat(this.admin.page(this.draft).select(".sop-lane .admin-lane-rank").eachText()).containsExactly(
				"Peringkat jabatan 6: menentukan urutan paraf (peringkat lebih besar memaraf lebih dahulu).",
				"Peringkat jabatan 5: menentukan urutan paraf (peringkat lebih besar memaraf lebih dahulu).");
		Document positions = this.admin.page("/admin/org/positions");
		assertThat(positions.select("#add-position label[for=rank]").text()).isEqualTo("Peringkat (urutan paraf)");
		assertThat(positions.select("#rank-help").text()).contains("menentukan urutan paraf");
	}

	@Test
	void dutiesAreSavedIntoTheDraftAndTheOfficialDocumentShowsNothingNew() {
		save(1, Map.of("dutyKind", "DRAFT", "newDocument", "Telaahan Kerja Sama"));
		// the document typed once is offered from then on, whatever case it is typed in
		Document third = this.admin.page(stepPage(2));
		assertThat(third.select("select[name=dutyDocument] option").eachText()).contains("Surat permohonan",
				"Telaahan Kerja Sama");
		save(2, Map.of("dutyKind", "SIGN", "newDocument", "telaahan kerja sama", "klasifikasi", "100.3.5"));
		save(0, Map.of("dutyKind", "PARAF", "dutyDocument", "Telaahan Kerja Sama", "parafLanes", "L1"));
		save(3, Map.of("dutyKind", "NUMBER", "dutyDocument", "Telaahan Kerja Sama"));

		Document editor = this.admin.page(this.draft);
		assertThat(editor.select("#no-problems")).hasSize(1);
		assertThat(editor.select(".admin-step-duty").eachText()).containsExactly("Meminta paraf: Telaahan Kerja Sama",
				"Menyusun: Telaahan Kerja Sama", "Menandatangani: Telaahan Kerja Sama",
				"Menomori dan mengirim: Telaahan Kerja Sama");
		Document signing = this.admin.page(stepPage(2));
		assertThat(signing.select("#dutyKind-SIGN").hasAttr("checked")).isTrue();
		assertThat(signing.select("select[name=dutyDocument] option[selected]").text())
			.isEqualTo("Telaahan Kerja Sama");
		assertThat(signing.select("select[name=klasifikasi] option[selected]").attr("value")).isEqualTo("100.3.5");
		assertThat(this.admin.page(stepPage(0)).select("#paraf-lanes input[checked]").eachAttr("value"))
			.containsExactly("L1");
		// the printed SOP does not name the duties' document anywhere
		assertThat(editor.select("#preview").text()).doesNotContain("Telaahan Kerja Sama", "Menandatangani");

		// and no duty again
		save(3, Map.of("dutyKind", ""));
		assertThat(this.admin.page(this.draft).select(".admin-step-duty")).hasSize(3);
	}

	@Test
	void aDutyTheSopCannotRunIsRefusedAtItsFieldWithTheTypedTextKept() {
		save(2, Map.of("dutyKind", "SIGN", "newDocument", "Telaahan Kerja Sama"));
		// paraf by nobody, by the signer's lane, by a lane the SOP does not have
		refused(0, Map.of("dutyKind", "PARAF", "dutyDocument", "Telaahan Kerja Sama", "activity", "Menerima berkas"),
				"parafLanes", "paraf diminta dari satu sampai tiga pelaksana");
		refused(0, Map.of("dutyKind", "PARAF", "dutyDocument", "Telaahan Kerja Sama", "parafLanes", "L2"), "parafLanes",
				"Kepala Bidang Penataan dan Kerjasama Desa menandatangani dokumen ini");
		refused(0, Map.of("dutyKind", "PARAF", "dutyDocument", "Telaahan Kerja Sama", "parafLanes", "L1,L9"),
				"parafLanes", "pelaksana \"L9\" yang tidak ada");
		// a duty without its document; a second signature of one document
		refused(1, Map.of("dutyKind", "DRAFT"), "dutyDocument", "harus menyebut jenis dan nama dokumennya");
		refused(3, Map.of("dutyKind", "SIGN", "dutyDocument", "Telaahan Kerja Sama"), "dutyDocument",
				"sudah ditandatangani di langkah lain");
		// a klasifikasi typed past the list
		Document page = refused(2, Map.of("dutyKind", "SIGN", "dutyDocument", "Telaahan Kerja Sama", "klasifikasi",
				"999.9", "activity", "Memeriksa dan menandatangani"), "klasifikasi", "999.9 tidak ada dalam daftar");
		assertThat(page.select("select[name=klasifikasi] option[selected]").attr("value")).isEqualTo("999.9");
		assertThat(page.select("textarea[name=activity]").text()).isEqualTo("Memeriksa dan menandatangani");
		// nothing of it was saved
		assertThat(this.admin.page(this.draft).select(".admin-step-duty").eachText())
			.containsExactly("Menandatangani: Telaahan Kerja Sama");
	}

	@Test
	void aYaOrTidakThatIsNoStepIsOneMessageAtItsFieldNotADraftFullOfErrors() {
		Document page = refused(2, Map.of("kind", "DECISION", "ya", "42", "activity", "Memeriksa telaahan lagi"), "ya",
				"Langkah 42 tidak ada dalam SOP ini");
		assertThat(page.select(".invalid-feedback").eachText()).hasSize(1);
		assertThat(page.select("select[name=ya] option[selected]").attr("value")).isEqualTo("42");
		assertThat(page.select("textarea[name=activity]").text()).isEqualTo("Memeriksa telaahan lagi");
		Document editor = this.admin.page(this.draft);
		assertThat(editor.select("#no-problems")).hasSize(1);
		assertThat(editor.select("#step-2 .small").text()).contains("Ya → 4, Tidak → 2");
		refused(1, Map.of("next", "9"), "next", "Langkah 9 tidak ada dalam SOP ini");
	}

	private String stepPage(int index) {
		return this.draft + "/steps/" + index;
	}

	/** Submits the step form as the page stands with these changes; it must be saved. */
	private void save(int index, Map<String, String> changes) {
		Map<String, String> fields = new HashMap<>(Map.of("parafLanes", "", "newDocument", ""));
		fields.putAll(changes);
		SopEditorSteps.step(this.admin, this.code, index, fields);
	}

	/**
	 * Submits the step form; it must be refused with one message at {@code field} only.
	 */
	private Document refused(int index, Map<String, String> changes, String field, String message) {
		Map<String, String> fields = new HashMap<>(Map.of("parafLanes", "", "newDocument", ""));
		fields.putAll(changes);
		HttpResponse<String> response = this.admin.submit(stepPage(index), "#step-form", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#step-form .invalid-feedback").eachText()).as(field).hasSize(1);
		assertThat(page.select("#step-form [name=" + field + "].is-invalid")).isNotEmpty();
		assertThat(page.select("#step-form .invalid-feedback").text()).contains(message);
		return page;
	}

}
