package id.alurkerja.casework.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.CaseworkException;
import id.alurkerja.casework.DocumentService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.support.SignedPdfs;
import id.alurkerja.support.TestDocuments;
import id.alurkerja.support.WebSession;
import id.alurkerja.tte.SignatureCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 with Alur's own key (the demo certificate of Kabupaten Sanggau): seed 004's
 * Perjanjian Kinerja signed at row 7 and numbered at row 9 becomes a final signed PDF
 * whose PAdES signature a verifier accepts, whose last page carries the number and a QR
 * code to the public verification page, which says valid signed out and "tidak cocok" for
 * a copy with one byte changed; a DOCX is refused until it is a PDF.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ElectronicSignatureTests extends Seed004Signing {

	@LocalServerPort
	int port;

	@Test
	void seed004SignedAtRow7AndNumberedAtRow9BecomesASignedPdfACitizenCanVerify() {
		AtRow7 at7 = seed004AtRow7("PK dengan tanda tangan elektronik", "pk-final.pdf",
				TestDocuments.pdf("Perjanjian Kinerja Tahun 2027"));
		byte[] original = this.documents.download(user("kadis.sanggau"), at7.versionId()).bytes();
		// the page says what will happen, and that the certificate is a demo one
		Document page = Jsoup.parse(WebSession.signedIn(this.port, "kadis.sanggau")
			.get("/cases/" + at7.caseId() + "/versions/" + at7.versionId() + "/sign")
			.body());
		assertThat(page.select("#sign-tte").text()).contains("langkah penomoran");
		assertThat(page.select("#sign-demo")).hasSize(1);
		assertThat(page.select("#sign-pdf-only").text()).contains("DOCX");
		assertThat(page.select("#passphrase")).as("Alur's own key asks no passphrase").isEmpty();

		assertThat(this.documents.sign(user("kadis.sanggau"), at7.versionId(), "005", PASSWORD)).isNull();
		assertThat(signedFiles(at7.versionId())).as("no number yet, no signed file").isZero();
		done("kadis.sanggau", at7.caseId());
		done("kasi.keuangan.sanggau", at7.caseId());
		String nomor = this.documents.number(user("kasi.keuangan.sanggau"), at7.versionId());

		CaseDetail.VersionView signed = version("kadis.sanggau", at7.caseId(), at7.versionId());
		assertThat(signed.signedFile()).isNotNull();
		assertThat(signed.signedFile().nomor()).isEqualTo(nomor);
		assertThat(signed.signedFile().signerPosition()).startsWith("Kepala Dinas");
		assertThat(signed.signedFile().demoCertificate()).isTrue();
		DocumentService.Download file = this.documents.downloadSigned(user("kabid.apd.sanggau"), at7.versionId());
		byte[] pdf = file.bytes();
		assertThat(file.fileName()).isEqualTo("pk-final-ttd.pdf");
		// the original upload stays as it was
		assertThat(this.documents.download(user("kadis.sanggau"), at7.versionId()).bytes()).isEqualTo(original);

		SignatureCheck.Result check = SignatureCheck.check(pdf);
		assertThat(check.outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		String kabupatenCertificate = this.jdbc.queryForObject(
				"select c.sha256 from tte_demo_certificate c join kabupaten k on k.id = c.kabupaten_id where k.name = 'Kabupaten Sanggau'",
				String.class);
		assertThat(check.certificateSha256()).isEqualTo(kabupatenCertificate);
		String text = SignedPdfs.lastPageText(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(nomor, "Dokumen ini ditandatangani secara elektronik", "Maria Lince Tamba",
				"SERTIFIKAT DEMO");
		String url = SignedPdfs.lastPageQr(pdf);
		writeImage(pdf, "signed-last-page.png");
		assertThat(url).matches("http://localhost:8080/verifikasi/[A-Z2-7]{26}").endsWith(signed.signedFile().code());

		// the public page, signed out
		WebSession visitor = new WebSession(this.port);
		String path = url.substring("http://localhost:8080".length());
		HttpResponse<String> verification = visitor.get(path);
		assertThat(verification.statusCode()).isEqualTo(200);
		Document shown = Jsoup.parse(verification.body());
		assertThat(shown.select("#verifikasi-status").text()).contains("sah");
		assertThat(shown.select("#verifikasi-status").hasClass("alert-success")).isTrue();
		assertThat(shown.select("#verifikasi-nomor").text()).isEqualTo(nomor);
		assertThat(shown.select("#verifikasi-sha256").text()).isEqualTo(SignedPdfsSha.sha256(pdf));
		assertThat(shown.select("#verifikasi-demo")).hasSize(1);
		assertThat(shown.text()).contains("Perjanjian Kinerja", "Maria Lince Tamba")
			.as("nothing else of the case")
			.doesNotContain("PK dengan tanda tangan elektronik", "Stefanus", "Agustinus");

		String csrf = visitor.csrf(path);
		Document exact = Jsoup
			.parse(visitor.from(path).postMultipart(path, Map.of("_csrf", csrf), "file", "pk.pdf", pdf).body());
		assertThat(exact.select("#verifikasi-cocok").text()).startsWith("Cocok");
		Document changed = Jsoup.parse(visitor.from(path)
			.postMultipart(path, Map.of("_csrf", csrf), "file", "pk.pdf", SignedPdfs.oneByteChanged(pdf))
			.body());
		assertThat(changed.select("#verifikasi-cocok").text()).contains("Tidak cocok");
		assertThat(changed.select("#verifikasi-cocok").hasClass("alert-danger")).isTrue();

		// an unknown code tells nothing
		assertThat(visitor.get("/verifikasi/AAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
		// the case page offers the signed file to those who see the case
		Document casePage = Jsoup
			.parse(WebSession.signedIn(this.port, "kadis.sanggau").get("/cases/" + at7.caseId()).body());
		assertThat(casePage.select("#ttd-" + at7.versionId() + " a[href$=/signed]")).hasSize(1);
	}

	@Test
	void aDocxIsRefusedUntilItIsConvertedToPdfAndTheSigningPageSaysSo() {
		AtRow7 at7 = seed004AtRow7("PK masih DOCX", "pk-perbaikan.docx", TestDocuments.docx());
		assertThatThrownBy(() -> this.documents.sign(user("kadis.sanggau"), at7.versionId(), "005", PASSWORD))
			.isInstanceOfSatisfying(CaseworkException.NotAllowed.class,
					e -> assertThat(e.code()).isEqualTo("casework.sign.notPdf"));
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());
		WebSession kadis = WebSession.signedIn(this.port, "kadis.sanggau");
		Document page = Jsoup
			.parse(kadis.get("/cases/" + at7.caseId() + "/versions/" + at7.versionId() + "/sign").body());
		assertThat(page.select("#sign-convert-first").text()).contains("Hanya PDF", "pk-perbaikan.docx");
		assertThat(page.select("form[action$=/sign]")).isEmpty();
		Document casePage = Jsoup.parse(kadis.get("/cases/" + at7.caseId()).body());
		assertThat(casePage.select("[data-blocked=sign]").text()).contains("Ubah pk-perbaikan.docx ke PDF");
	}

	@Test
	void whereTheSignatureNumbersTheSignedFileIsMadeAtSigning() {
		// seed 002 row 6: the Bupati signs the Kesepakatan Bersama and the signature
		// numbers it
		var tkksd = user("tkksd.lamandau");
		Long caseId = this.cases.start(tkksd, new StartCase("LMD-KSAD-01", "KB dengan TTE", "Bupati Sukamara", null,
				null, LocalDate.now(), Sifat.BIASA));
		for (int row = 1; row <= 4; row++) {
			done("tkksd.lamandau", caseId);
		}
		Long version = this.documents.upload(tkksd, caseId, null, null, "kb.pdf",
				TestDocuments.pdf("Kesepakatan Bersama"));
		done("tkksd.lamandau", caseId);
		String nomor = this.documents.sign(user("bupati.lamandau"), version, "000.8.3.3", PASSWORD);
		assertThat(nomor).isNotNull();
		byte[] pdf = this.documents.downloadSigned(tkksd, version).bytes();
		assertThat(SignatureCheck.check(pdf).valid()).isTrue();
		assertThat(SignedPdfs.lastPageText(pdf)).contains(nomor, "Bupati");
		// another kabupaten does not see it
		assertThatThrownBy(() -> this.documents.downloadSigned(user("kadis.sanggau"), version))
			.isInstanceOf(CaseworkException.NotFound.class);
	}

	@org.springframework.beans.factory.annotation.Autowired
	id.alurkerja.tte.VerificationThrottle throttle;

	/**
	 * The rate limit counts in PostgreSQL, so every node counts the same client alike:
	 * the 31st request of a minute is refused, and the page says to wait.
	 */
	@Test
	void theVerificationPageIsRateLimitedPerClientInTheDatabase() {
		String client = "203.0.113." + (System.nanoTime() % 250);
		for (int i = 0; i < 30; i++) {
			assertThat(this.throttle.allow(client)).isTrue();
		}
		assertThat(this.throttle.allow(client)).isFalse();
		assertThat(this.throttle.allow(client + "9")).as("another client").isTrue();
		assertThat(this.jdbc.queryForObject("select hits from tte_verification_hit where client = ?", Integer.class,
				client))
			.isEqualTo(31);
	}

	/** The last page as an image in target/kop, to be looked at. */
	private static void writeImage(byte[] pdf, String name) {
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/kop"));
			javax.imageio.ImageIO.write(SignedPdfs.render(pdf, 0, 100), "png",
					java.nio.file.Path.of("target/kop", name).toFile());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The SHA-256 as the verification page prints it. */
	static final class SignedPdfsSha {

		static String sha256(byte[] bytes) throws IllegalStateException {
			try {
				return java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
