package id.alurkerja.org.admin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Kop;
import id.alurkerja.org.Kops;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.support.SignedPdfs;
import id.alurkerja.support.TestDocuments;
import id.alurkerja.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's kop set by the admin (the logo checked by its content and size, typed values
 * kept when refused), found by the units below it, and printed at the head of the lembar
 * disposisi PDF (rendered to an image in target/kop, to be looked at).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KopAdminTests {

	private static final String DINAS = "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa";

	@LocalServerPort
	int port;

	@Autowired
	OrgDirectory directory;

	@Autowired
	Kops kops;

	@Autowired
	CaseService cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	UserDetailsService users;

	@Test
	void theAdminSetsTheDinasKopAndTheLembarDisposisiOfItsSeksiPrintsIt() throws Exception {
		Long kabupaten = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		Long dinas = this.directory.unitByName(kabupaten, DINAS).orElseThrow().id();
		WebSession admin = WebSession.signedIn(this.port, "admin.sanggau");
		String path = "/admin/org/units/" + dinas + "/kop";
		assertThat(admin.get(path).statusCode()).isEqualTo(200);
		String lines = "PEMERINTAH KABUPATEN SANGGAU\nDINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA";

		// a PDF named logo.png is no logo: refused on the same page, what was typed kept
		HttpResponse<String> refused = admin.from(path)
			.postMultipart(path, Map.of("_csrf", admin.csrf(path), "lines", lines, "address", "Jl. Uji No. 1"), "logo",
					"logo.png", TestDocuments.pdf("bukan gambar"));
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".alert-danger").text()).contains("PNG atau JPEG");
		assertThat(page.select("textarea#lines").text()).contains("DINAS PEMBERDAYAAN");
		assertThat(page.select("input#address").attr("value")).isEqualTo("Jl. Uji No. 1");
		// a stamp box half filled in is refused too
		HttpResponse<String> half = admin.from(path)
			.postMultipart(path, Map.of("_csrf", admin.csrf(path), "lines", lines, "stampX", "20"), "logo", "",
					new byte[0]);
		assertThat(half.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(half.body()).text()).contains("keempat ukuran kotak stempel");

		HttpResponse<String> saved = admin.from(path)
			.postMultipart(path, Map.of("_csrf", admin.csrf(path), "lines", lines, "address",
					"Jl. Jenderal Sudirman No. 12, Sanggau, Kalimantan Barat"), "logo", "logo.png", logo());
		assertThat(saved.statusCode()).isEqualTo(302);
		Kop ofSeksi = this.kops.kopOf(kabupaten,
				this.directory.unitByName(kabupaten, "Seksi Keuangan dan Aset Desa").orElseThrow().id());
		assertThat(ofSeksi.derived()).isFalse();
		assertThat(ofSeksi.lines()).containsExactly("PEMERINTAH KABUPATEN SANGGAU",
				"DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA");
		assertThat(ofSeksi.hasLogo()).isTrue();
		assertThat(ofSeksi.stamp()).isEqualTo(Kop.StampBox.DEFAULT);

		// the lembar disposisi of a case of the Dinas, as PDF
		AlurUser kadis = (AlurUser) this.users.loadUserByUsername("kadis.sanggau");
		Long id = this.cases.start(kadis, new StartCase("DPMPEMDES-PK-01", "Lembar disposisi dengan kop",
				"Sekretariat Daerah", null, null, LocalDate.now(), Sifat.SEGERA));
		var task = this.queries.detail(kadis, id).openTask().orElseThrow();
		this.cases.complete(kadis, task.id(), new Completion(task.version(), Outcome.DONE, null,
				"Kabid APD: koordinasikan penyusunan PK", Sifat.SEGERA, null, null, "Lisan", null));
		var next = this.queries.detail(kadis, id).openTask().orElseThrow();
		HttpResponse<byte[]> pdf = WebSession.signedIn(this.port, "kadis.sanggau")
			.getBytes("/cases/" + id + "/disposisi/" + next.id() + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = SignedPdfs.pageText(pdf.body(), 1);
		assertThat(text).contains("PEMERINTAH KABUPATEN SANGGAU", "DINAS PEMBERDAYAAN MASYARAKAT",
				"Jl. Jenderal Sudirman No. 12", "LEMBAR DISPOSISI");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			long images = 0;
			for (var name : document.getPage(0).getResources().getXObjectNames()) {
				if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			assertThat(images).as("the kop's logo").isPositive();
		}
		Path out = Path.of("target/kop");
		Files.createDirectories(out);
		ImageIO.write(SignedPdfs.render(pdf.body(), 0, 72), "png", out.resolve("lembar-disposisi.png").toFile());
	}

	/** A small kop logo: a shield in green and gold. */
	static byte[] logo() throws Exception {
		BufferedImage image = new BufferedImage(160, 190, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0, 100, 50));
		g.fillRoundRect(0, 0, 160, 190, 40, 40);
		g.setColor(new Color(230, 190, 40));
		g.fillOval(30, 40, 100, 100);
		g.setColor(Color.WHITE);
		g.fillRect(70, 20, 20, 150);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
