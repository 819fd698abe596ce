package id.alurkerja.tte;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.imageio.ImageIO;

import id.alurkerja.org.Kop;
import id.alurkerja.support.SignedPdfs;
import id.alurkerja.support.TestDocuments;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signed PDF as a verifier sees it: the stamp and QR code on the last page, a PAdES
 * signature over the whole file that PDFBox and BouncyCastle verify, and any changed byte
 * breaking it; the remote signer against a stand-in of a BSrE-style service.
 */
class SignedPdfTests {

	private static final String URL = "https://alur.sanggau.go.id/verifikasi/ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static KeyPair keys;

	private static X509Certificate certificate;

	@BeforeAll
	static void key() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=DEMO Alur - Pemerintah Kabupaten Sanggau, C=ID");
		certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
				BigInteger.ONE, Date.from(Instant.now().minus(Duration.ofDays(1))),
				Date.from(Instant.now().plus(Duration.ofDays(30))), name, keys.getPublic())
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
	}

	@Test
	void theStampPrintsNumberSignerAndAQrCodeToTheVerificationPageOnTheLastPage() throws Exception {
		byte[] original = twoPages();
		byte[] before = original.clone();
		byte[] stamped = StampedPdf.stamp(original, stamp(kop(logo())));
		assertThat(original).isEqualTo(before);
		String text = SignedPdfs.lastPageText(stamped).replaceAll("\\s+", " ");
		assertThat(text).contains("Nomor: 000.8.3.3/7/DPMPD/2026", "Dokumen ini ditandatangani secara elektronik",
				"Maria Lince Tamba, S.Sos, M.Si", "Plt. Kepala Dinas Pemberdayaan Masyarakat", "NIP 197812042006042011",
				"PEMERINTAH KABUPATEN SANGGAU");
		assertThat(SignedPdfs.lastPageQr(stamped)).isEqualTo(URL);
		assertThat(SignedPdfs.pageText(stamped, 1)).as("the first page is not stamped")
			.contains("Halaman satu")
			.doesNotContain("000.8.3.3/7");
	}

	@Test
	void thePadesSignatureCoversTheWholeFileCarriesItsCertificateAndBreaksOnAnyChangedByte() {
		byte[] stamped = StampedPdf.stamp(TestDocuments.pdf("Perjanjian Kinerja 2027"), stamp(kop(null)));
		byte[] signed = Pades.sign(stamped, keys.getPrivate(), new X509Certificate[] { certificate },
				"Maria Lince Tamba", "Penandatanganan naskah", "Sanggau", Instant.now());
		SignatureCheck.Result check = SignatureCheck.check(signed);
		assertThat(check.outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
		assertThat(check.certificateSha256())
			.isEqualTo(Signer.Signed.of(signed, certificate, true).certificateSha256());
		// an incremental update over the stamped file: nothing of it changes
		assertThat(java.util.Arrays.copyOf(signed, stamped.length)).isEqualTo(stamped);
		assertThat(SignatureCheck.check(SignedPdfs.oneByteChanged(signed)).valid()).isFalse();
		byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);
		appended[signed.length] = '\n';
		assertThat(SignatureCheck.check(appended).outcome()).isEqualTo(SignatureCheck.Outcome.NOT_WHOLE_FILE);
		assertThat(SignatureCheck.check(stamped).outcome()).isEqualTo(SignatureCheck.Outcome.NO_SIGNATURE);
		assertThat(SignatureCheck.check("bukan pdf".getBytes()).outcome()).isEqualTo(SignatureCheck.Outcome.NOT_A_PDF);
	}

	@Test
	void aFileThatIsNoReadablePdfIsRefusedBeforeAnythingIsSigned() {
		assertThatThrownBy(() -> StampedPdf.stamp("%PDF-1.4\n% rusak\n%%EOF\n".getBytes(), stamp(kop(null))))
			.isInstanceOfSatisfying(Signer.Refused.class,
					refused -> assertThat(refused.reason()).isEqualTo(Signer.Reason.NOT_A_PDF));
	}

	@Test
	void theRemoteSignerSendsNikAndPassphraseAndTakesBackTheSignedFileOnlyWhenItIsThePreparedOneSigned()
			throws Exception {
		try (StandInSigningService service = new StandInSigningService()) {
			RemoteSigner signer = new RemoteSigner(URI.create(service.url()), Duration.ofSeconds(10));
			byte[] prepared = StampedPdf.stamp(TestDocuments.pdf("Perjanjian Kinerja"), stamp(kop(null)));
			Signer.Signed signed = signer.sign(prepared,
					signing(StandInSigningService.NIK, StandInSigningService.PASSPHRASE));
			assertThat(SignatureCheck.check(signed.pdf()).valid()).isTrue();
			assertThat(signed.certificateSha256()).isEqualTo(SignatureCheck.sha256(service.certificate().getEncoded()));
			assertThat(signed.demo()).isFalse();
			assertThat(service.lastPassphrase()).isEqualTo(StandInSigningService.PASSPHRASE);

			assertThatThrownBy(() -> signer.sign(prepared, signing(StandInSigningService.NIK, "salah")))
				.isInstanceOfSatisfying(Signer.Refused.class,
						refused -> assertThat(refused.reason()).isEqualTo(Signer.Reason.WRONG_PASSPHRASE))
				.satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("salah"));
			assertThatThrownBy(() -> signer.sign(prepared, signing("1111111111111111", "x"))).isInstanceOfSatisfying(
					Signer.Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Signer.Reason.UNKNOWN_NIK));
			assertThatThrownBy(() -> signer.sign(prepared, signing(null, null))).isInstanceOfSatisfying(
					Signer.Refused.class,
					refused -> assertThat(refused.reason()).isEqualTo(Signer.Reason.CREDENTIALS_MISSING));
			assertThat(service.signedCount()).isEqualTo(1);
		}
	}

	@Test
	void aSigningServiceThatDoesNotAnswerSignsNothing() throws Exception {
		String url;
		try (StandInSigningService service = new StandInSigningService()) {
			url = service.url();
		}
		RemoteSigner signer = new RemoteSigner(URI.create(url), Duration.ofSeconds(2));
		assertThatThrownBy(() -> signer.sign(TestDocuments.pdf("x"), signing(StandInSigningService.NIK, "p")))
			.isInstanceOfSatisfying(Signer.Refused.class,
					refused -> assertThat(refused.reason()).isEqualTo(Signer.Reason.UNAVAILABLE));
	}

	@Test
	void credentialsNeverShowInLogsOrMessages() {
		Signer.Credentials credentials = new Signer.Credentials("6103011204780001", "rahasia".toCharArray());
		assertThat(credentials.toString()).doesNotContain("6103011204780001", "rahasia");
		credentials.forget();
		assertThat(new String(credentials.passphrase())).doesNotContain("rahasia");
	}

	private static Signer.Signing signing(String nik, String passphrase) {
		return new Signer.Signing(1L, "SGU", "Maria Lince Tamba", "uji", "Sanggau", Instant.now(),
				new Signer.Credentials(nik, (passphrase != null) ? passphrase.toCharArray() : null));
	}

	private static StampedPdf.Stamp stamp(Kop kop) {
		return new StampedPdf.Stamp("PEMERINTAH KABUPATEN SANGGAU",
				List.of("Nomor: 000.8.3.3/7/DPMPD/2026", "Tanggal: 3 Desember 2026",
						"Dokumen ini ditandatangani secara elektronik oleh:", "Maria Lince Tamba, S.Sos, M.Si",
						"Plt. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", "NIP 197812042006042011",
						"Periksa keasliannya di " + URL),
				URL, kop);
	}

	private static Kop kop(byte[] logo) {
		return new Kop(1L,
				List.of("PEMERINTAH KABUPATEN SANGGAU", "DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA"),
				"Jl. Jenderal Sudirman No. 1, Sanggau", logo, (logo != null) ? "image/png" : null, null, false);
	}

	static byte[] logo() throws Exception {
		BufferedImage image = new BufferedImage(120, 140, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0, 90, 40));
		g.fillRect(0, 0, 120, 140);
		g.setColor(Color.YELLOW);
		g.fillOval(20, 30, 80, 80);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] twoPages() throws Exception {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			for (String text : List.of("Halaman satu", "Halaman dua")) {
				var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
				document.addPage(page);
				try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
							org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 760);
					content.showText(text);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
