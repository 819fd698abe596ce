package id.alurkerja.sop.admin;

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
