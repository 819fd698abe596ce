package id.alurkerja.casework.web;

import java.util.Map;

import id.alurkerja.casework.CaseworkException;
import id.alurkerja.support.SignedPdfs;
import id.alurkerja.support.TestDocuments;
import id.alurkerja.support.WebSession;
import id.alurkerja.tte.SignatureCheck;
import id.alurkerja.tte.Signer;
import id.alurkerja.tte.StandInSigningService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The remote signer (a certification authority's signing service, BSrE's style) against a
 * stand-in service on this machine: the signer types NIK and passphrase on the signing
 * page, the number is taken at signing (the file needs the signer there), a wrong
 * passphrase signs nothing and uses no number.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RemoteSignerTests extends Seed004Signing {

	private static final StandInSigningService SERVICE;

	static {
		try {
			SERVICE = new StandInSigningService();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void remoteSigner(DynamicPropertyRegistry registry) {
		registry.add("alur.tte.signer", () -> "remote");
		registry.add("alur.tte.remote.url", SERVICE::url);
	}

	@AfterAll
	static void stop() {
		SERVICE.close();
	}

	@Test
	void aWrongPassphraseSignsNothingAndUsesNoNumberTheRightOneSignsWithTheSignersCertificate() {
		AtRow7 at7 = seed004AtRow7("PK lewat layanan TTE", "pk-final.pdf", TestDocuments.pdf("Perjanjian Kinerja"));
		WebSession kadis = WebSession.signedIn(this.port, "kadis.sanggau");
		String signPath = "/cases/" + at7.caseId() + "/versions/" + at7.versionId() + "/sign";
		Document page = Jsoup.parse(kadis.get(signPath).body());
		assertThat(page.select("input#nik")).hasSize(1);
		assertThat(page.select("input#passphrase[type=password]")).hasSize(1);
		assertThat(page.select("#sign-demo")).isEmpty();
		assertThat(page.select("#nomor").text()).as("the number is taken at signing").doesNotContain("langkah 9");

		// over HTTP: a wrong passphrase is said on the same page, NIK kept, passphrase
		// not echoed
		int before = SERVICE.signedCount();
		Map<String, String> form = kadis.form(signPath, Map.of("klasifikasi", "000.8.3.3", "password", PASSWORD, "nik",
				StandInSigningService.NIK, "passphrase", "bukan-ini"));
		var refused = kadis.from(signPath).post(signPath, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("#passphrase-error").text()).contains("Passphrase salah", "nomor tidak dipakai");
		assertThat(again.select("input#nik").attr("value")).isEqualTo(StandInSigningService.NIK);
		assertThat(again.select("input#passphrase").attr("value")).isEmpty();
		assertThat(refused.body()).doesNotContain("bukan-ini");
		assertThat(SERVICE.signedCount()).isEqualTo(before);
		assertThat(version("kadis.sanggau", at7.caseId(), at7.versionId()).signedAt()).isNull();
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());
		assertThat(signedFiles(at7.versionId())).isZero();
		// and through the service: the same refusal
		assertThatThrownBy(() -> this.documents.sign(user("kadis.sanggau"), at7.versionId(), "005", PASSWORD,
				new Signer.Credentials(StandInSigningService.NIK, "salah".toCharArray())))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("tte.refused.passphrase"));
		assertThatThrownBy(() -> this.documents.sign(user("kadis.sanggau"), at7.versionId(), "005", PASSWORD))
			.isInstanceOfSatisfying(CaseworkException.Invalid.class,
					e -> assertThat(e.code()).isEqualTo("tte.refused.credentialsMissing"));
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter());

		String nomor = this.documents.sign(user("kadis.sanggau"), at7.versionId(), "005", PASSWORD,
				new Signer.Credentials(StandInSigningService.NIK, StandInSigningService.PASSPHRASE.toCharArray()));
		assertThat(nomor).as("numbered at signing").matches("000\\.8\\.3\\.3/\\d+/DPMPD/\\d{4}");
		assertThat(counter(at7.unitId())).isEqualTo(at7.counter() + 1);
		byte[] pdf = this.documents.downloadSigned(user("kadis.sanggau"), at7.versionId()).bytes();
		SignatureCheck.Result check = SignatureCheck.check(pdf);
		assertThat(check.valid()).isTrue();
		assertThat(check.certificateSubject()).contains("Balai Sertifikasi Elektronik");
		assertThat(SignedPdfs.lastPageText(pdf)).contains(nomor).doesNotContain("DEMO");
		assertThat(SignedPdfs.lastPageQr(pdf)).contains("/verifikasi/");
		assertThat(version("kadis.sanggau", at7.caseId(), at7.versionId()).signedFile().signerKind())
			.isEqualTo(Signer.Kind.REMOTE);
		// the passphrase reached the service and nothing of it is in Alur's database
		assertThat(SERVICE.lastPassphrase()).isEqualTo(StandInSigningService.PASSPHRASE);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from tte_signed_file where position(? in signer_name || signer_position || certificate_subject) > 0",
				Integer.class, StandInSigningService.PASSPHRASE))
			.isZero();
	}

}
