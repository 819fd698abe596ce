package id.alurkerja.casework.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.TestDocuments;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing over HTTP, as issue 13 asks: a confirmation page with the document previewed,
 * its paraf and the number to come; the password typed again; refusals that leave the
 * number counter alone; two signatures at once give one signature and a conflict page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SigningPageTests extends Seed004Signing {

	@LocalServerPort
	int port;

	@Test
	void theKepalaDinasSeesThePdfItsParafAndTheStepThatWillNumberItThenSignsWithThePassword() {
		AtRow7 at7 = seed004AtRow7("Penandatanganan PK di halaman");
		WebSession kadis = WebSession.signedIn(this.port, "kadis.sanggau");
		// the case page leads to the confirmation page, not to a signature
		Document casePage = Jsoup.parse(kadis.get("/cases/" + at7.caseId()).body());
		assertThat(casePage.select("a[href$=/versions/" + at7.versionId() + "/sign]")).hasSize(1);
		assertThat(casePage.select("form[action$=/sign]")).isEmpty();

		HttpResponse<String> confirmation = kadis.get(signPath(at7));
		assertThat(confirmation.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(confirmation.body());
		String preview = page.select("iframe#pratinjau").attr("src");
		assertThat(preview).endsWith("/cases/" + at7.caseId() + "/versions/" + at7.versionId() + "/view");
		assertThat(page.select("#paraf li")).hasSize(2);
		assertThat(page.select("#paraf").text()).contains("Stefanus Adi Pratama", "Agustinus Riyadi");
		assertThat(page.select("#nomor").text()).contains("langkah 9");
		assertThat(page.select("select#klasifikasi option")).extracting(o -> o.attr("value"))
			.containsExactly("000.8.3.3");
		assertThat(page.select("input#password[type=password]")).hasSize(1);

		// the preview is the version itself, framed by Alur's pages only
		HttpResponse<String> file = kadis.get(preview);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		assertThat(file.headers().firstValue("X-Frame-Options").orElseThrow()).isEqualTo("SAMEORIGIN");
		assertThat(file.body()).startsWith("%PDF");

		HttpResponse<String> signed = kadis.post(signPath(at7),
				kadis.form(signPath(at7), Map.of("klasifikasi", "000.8.3.3", "password", PASSWORD)));
		assertThat(signed.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(signed)).contains("/cases/" + at7.caseId());
		CaseDetail.VersionView version = latest("kadis.sanggau", at7.caseId());
		assertThat(version.signedAt()).isNotNull();
		assertThat(version.nomor()).as("row 9 numbers it").isNull();
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());
		Document after = Jsoup.parse(kadis.get("/cases/" + at7.caseId()).body());
		assertThat(after.select("a[href$=/sign]")).isEmpty();
		assertThat(after.text()).contains("menunggu nomor");
	}

	@Test
	void aWrongPasswordSignsNothingAndSaysSoAtTheField() {
		AtRow7 at7 = seed004AtRow7("Kata sandi salah");
		WebSession kadis = WebSession.signedIn(this.port, "kadis.sanggau");
		HttpResponse<String> refused = kadis.post(signPath(at7),
				kadis.form(signPath(at7), Map.of("klasifikasi", "000.8.3.3", "password", "bukan-sandi")));
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("input#password.is-invalid")).hasSize(1);
		assertThat(page.select("#password-error").text()).contains("Kata sandi tidak sesuai");
		assertThat(page.select("input#password").attr("value")).as("a password is never sent back").isEmpty();
		assertThat(latest("kadis.sanggau", at7.caseId()).signedAt()).isNull();
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());
	}

	@Test
	void theKasiMayNeitherOpenTheSigningPageNorSignAndTheCounterIsUntouched() {
		AtRow7 at7 = seed004AtRow7("Kasi tidak menandatangani");
		WebSession kasi = WebSession.signedIn(this.port, "kasi.keuangan.sanggau");
		HttpResponse<String> page = kasi.get(signPath(at7));
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Hanya pemegang langkah saat ini yang dapat menandatangani");
		HttpResponse<String> post = kasi.post(signPath(at7),
				kasi.form("/cases/" + at7.caseId(), Map.of("klasifikasi", "000.8.3.3", "password", PASSWORD)));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(latest("kadis.sanggau", at7.caseId()).signedAt()).isNull();
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());
	}

	@Test
	void twoSignaturesAtOnceGiveOneNumberAndAConflictPageThatNamesIt() throws Exception {
		// seed 002 row 6: the Bupati signs the Kesepakatan Bersama, and the signature
		// numbers it
		AlurUser tkksd = user("tkksd.lamandau");
		Long caseId = this.cases.start(tkksd, new StartCase("LMD-KSAD-01", "KSAD ditandatangani dua kali",
				"Bupati Sukamara", null, null, LocalDate.now(), Sifat.BIASA));
		for (int row = 1; row <= 4; row++) {
			done("tkksd.lamandau", caseId);
		}
		Long versionId = this.documents.upload(tkksd, caseId, null, null, "kb.pdf", TestDocuments.pdf("kb"));
		done("tkksd.lamandau", caseId);
		String path = "/cases/" + caseId + "/versions/" + versionId + "/sign";
		List<WebSession> sessions = List.of(WebSession.signedIn(this.port, "bupati.lamandau"),
				WebSession.signedIn(this.port, "bupati.lamandau"));
		List<Map<String, String>> forms = new ArrayList<>();
		for (WebSession s : sessions) {
			Document page = Jsoup.parse(s.get(path).body());
			forms.add(s.form(path, Map.of("klasifikasi", page.select("select#klasifikasi option").attr("value"),
					"password", PASSWORD)));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			WebSession s = sessions.get(i);
			Map<String, String> fields = forms.get(i);
			sent.add(CompletableFuture.supplyAsync(() -> {
				await(go);
				return s.post(path, fields);
			}));
		}
		go.countDown();
		List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
		String nomor = latest("bupati.lamandau", caseId).nomor();
		assertThat(nomor).isNotBlank();
		HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
		assertThat(Jsoup.parse(loser.body()).text()).contains(nomor);
	}

	// ------------------------------------------------------------------

	/**
	 * A case of seed 004 at row 7: the Perjanjian Kinerja drafted (v1 at row 3, v2 at row
	 * 5) and initialled at row 6 by the Kabid and the Sekretaris.
	 */
	private AtRow7 seed004AtRow7(String perihal) {
		return seed004AtRow7(perihal, "pk-perbaikan.pdf", TestDocuments.pdf(perihal));
	}

	private static String signPath(AtRow7 at) {
		return "/cases/" + at.caseId() + "/versions/" + at.versionId() + "/sign";
	}

	private CaseDetail.VersionView latest(String username, Long caseId) {
		return this.queries.detail(user(username), caseId).documents().get(0).latest();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
