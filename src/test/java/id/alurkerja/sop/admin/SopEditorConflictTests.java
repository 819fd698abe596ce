package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins edit the same draft: the second save is told the draft changed, nothing of
 * the first is lost, and the second keeps what they typed to save again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorConflictTests {

	@LocalServerPort
	int port;

	@Test
	void theSecondSaveOfTheIdentityIsToldAndKeepsItsForm() {
		String code = "UJI-KONFLIK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		Browser first = new Browser(this.port, "admin.sanggau");
		Browser second = new Browser(this.port, "admin.sanggau");
		SopEditorSteps.create(first, code);
		String draft = "/admin/sop/" + code + "/draft";
		Document firstPage = first.page(draft);
		Document secondPage = second.page(draft);

		assertThat(first.submit(firstPage, "#identity-form", Map.of("nomorSop", "NOMOR/PERTAMA")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = second.submit(secondPage, "#identity-form",
				Map.of("nomorSop", "NOMOR/KEDUA", "namaSop", "Nama dari admin kedua"));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(refused.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#identity-form input[name=nomorSop]").val()).isEqualTo("NOMOR/KEDUA");
		assertThat(kept.select("#identity-form input[name=namaSop]").val()).isEqualTo("Nama dari admin kedua");
		// the first admin's save is what the draft holds
		assertThat(kept.select("#preview").text()).contains("NOMOR/PERTAMA").doesNotContain("NOMOR/KEDUA");

		// saving the kept form again is a deliberate save over the newer draft
		assertThat(second.submit(kept, "#identity-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(second.page(draft).select("#preview").text()).contains("NOMOR/KEDUA", "Nama dari admin kedua");
	}

	@Test
	void theSecondSaveOfAStepIsToldAndKeepsItsForm() {
		String code = "UJI-KONFLIK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		Browser first = new Browser(this.port, "admin.sanggau");
		Browser second = new Browser(this.port, "admin.sanggau");
		SopEditorSteps.create(first, code);
		SopEditorSteps.post(first, "/admin/sop/" + code + "/draft", "#add-step", Map.of("op", "ADD"));
		String step = "/admin/sop/" + code + "/draft/steps/0";
		Document firstPage = first.page(step);
		Document secondPage = second.page(step);
		assertThat(first.submit(firstPage, "#step-form", Map.of("activity", "Menerima surat")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = second.submit(secondPage, "#step-form",
				Map.of("activity", "Mencatat surat masuk", "timeMax", "30", "timeUnit", "MENIT"));
		assertThat(refused.statusCode()).isEqualTo(409);
		Document kept = Jsoup.parse(refused.body());
		assertThat(kept.select("#conflict")).hasSize(1);
		assertThat(kept.select("#step-form textarea[name=activity]").val()).isEqualTo("Mencatat surat masuk");
		assertThat(kept.select("#step-form input[name=timeMax]").val()).isEqualTo("30");
		assertThat(second.page("/admin/sop/" + code + "/draft").select("#step-table").text())
			.contains("Menerima surat");
	}

	@Test
	void aStaleListEditIsRefusedAndEchoesTheEntry() {
		String code = "UJI-KONFLIK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		Browser first = new Browser(this.port, "admin.sanggau");
		SopEditorSteps.create(first, code);
		String draft = "/admin/sop/" + code + "/draft";
		Document stale = first.page(draft);
		SopEditorSteps.addItem(first, draft, "peralatan", "Komputer");
		HttpResponse<String> refused = SopEditorSteps.pressAdd(first, stale, "peralatan", "Printer");
		assertThat(refused.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#conflict").text()).contains("Printer");
		assertThat(page.select("#list-peralatan input[name=value]").eachAttr("value")).contains("Komputer")
			.doesNotContain("Printer");
		// what was typed stays in its field, to be added again
		assertThat(page.select("#list-peralatan input[name='newItems[peralatan]']").val()).isEqualTo("Printer");
	}

}
