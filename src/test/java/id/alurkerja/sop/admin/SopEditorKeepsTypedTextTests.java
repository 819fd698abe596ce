package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin typed stays what they typed: the Tanggal Efektif of the identity block
 * through publishing, and the unsaved fields of a form when a list item is added below
 * it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorKeepsTypedTextTests {

	/** The empty field below a list where a new item is typed. */
	static final String NEW_ITEM = "#list-%s input[name='newItems[%<s]']";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser admin;

	String code;

	String draft;

	@BeforeEach
	void newSop() {
		this.admin = new Browser(this.port, "admin.sanggau");
		this.code = "UJI-KETIK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		this.draft = "/admin/sop/" + this.code + "/draft";
	}

	@AfterEach
	void withdrawTestSops() {
		this.jdbc.update("update sop_revision set status = 'RETIRED' where status = 'PUBLISHED' "
				+ "and sop_id in (select id from sop where code like 'UJI-%')");
	}

	@Test
	void theTypedTanggalEfektifSurvivesPublishing() {
		SopEditorSteps.createFiveStepSop(this.admin, this.code);
		SopEditorSteps.post(this.admin, this.draft, "#identity-form", Map.of("tanggalEfektif", "2 Januari 2027"));
		// the publish form offers the typed date, and publishing as the page stands keeps
		// it
		Document editor = this.admin.page(this.draft);
		assertThat(editor.select("#publish-form input[name=effective]").attr("value")).isEqualTo("2027-01-02");
		SopEditorSteps.post(this.admin, this.draft, "#publish-form", Map.of());
		assertThat(this.admin.page("/sop/" + this.code).text()).contains("2 Januari 2027");
	}

	@Test
	void addingAnItemOfTheIdentityBlockKeepsTheIdentityFieldsTypedAboveIt() {
		SopEditorSteps.create(this.admin, this.code);
		HttpResponse<String> added = this.admin.press(this.admin.page(this.draft),
				"#list-dasarHukum button.admin-add-item",
				Map.of("#identity-form input[name=nomorSop]", "DPMPD/UJI/02",
						"#identity-form input[name=tanggalEfektif]", "2 Januari 2027", NEW_ITEM.formatted("dasarHukum"),
						"Undang-Undang Nomor 6 Tahun 2014"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(Browser.location(added)).endsWith("#list-dasarHukum");
		Document editor = this.admin.page(this.draft);
		assertThat(editor.select("#identity-form input[name=nomorSop]").val()).isEqualTo("DPMPD/UJI/02");
		assertThat(editor.select("#identity-form input[name=tanggalEfektif]").val()).isEqualTo("2 Januari 2027");
		assertThat(editor.select("#list-dasarHukum .admin-item-input").eachAttr("value"))
			.containsExactly("Undang-Undang Nomor 6 Tahun 2014");
	}

	@Test
	void addingAKelengkapanKeepsTheStepFieldsTypedAboveIt() {
		SopEditorSteps.createFiveStepSop(this.admin, this.code);
		String step = this.draft + "/steps/1";
		HttpResponse<String> added = this.admin.press(this.admin.page(step), "#list-kelengkapan button.admin-add-item",
				Map.of("#step-form textarea[name=activity]", "Menyusun telaahan hukum", "#step-form input[name=output]",
						"Telaahan", NEW_ITEM.formatted("kelengkapan"), "Surat permohonan desa"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(Browser.location(added)).contains("/draft/steps/1");
		Document page = this.admin.page(step);
		assertThat(page.select("#step-form textarea[name=activity]").text()).isEqualTo("Menyusun telaahan hukum");
		assertThat(page.select("#step-form input[name=output]").val()).isEqualTo("Telaahan");
		assertThat(page.select("#list-kelengkapan .admin-item-input").eachAttr("value"))
			.containsExactly("Surat permohonan desa");
	}

	@Test
	void aTanggalEfektifThatIsNoDateIsKeptAsTypedAndADateChosenOnPublishingWins() {
		SopEditorSteps.createFiveStepSop(this.admin, this.code);
		SopEditorSteps.post(this.admin, this.draft, "#identity-form", Map.of("tanggalEfektif", "Sejak ditandatangani"));
		Document editor = this.admin.page(this.draft);
		assertThat(editor.select("#publish-form input[name=effective]").attr("value")).isEmpty();
		SopEditorSteps.post(this.admin, this.draft, "#publish-form", Map.of());
		assertThat(this.admin.page("/sop/" + this.code).text()).contains("Sejak ditandatangani");

		// revision 2: the admin picks another date in the publish form itself
		SopEditorSteps.post(this.admin, "/admin/sop/" + this.code, "form[action$='/draft/new']", Map.of());
		SopEditorSteps.post(this.admin, this.draft, "#publish-form", Map.of("effective", "2027-03-15"));
		assertThat(this.admin.page("/sop/" + this.code).text()).contains("15 Maret 2027")
			.doesNotContain("Sejak ditandatangani");
	}

}
