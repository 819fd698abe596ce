package id.alurkerja.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Each seed SOP run to Selesai in Chromium, every role signing in as its demo user. */
class SeedJourneysInBrowserTests extends JourneyBase {

	@Test
	void seed001VillageCooperationThroughTheWholeDispositionChain() throws Exception {
		String no = register("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01",
				"Rancangan Permakades pengelolaan air bersih (uji peramban)", "Desa Sei Tekam", "rancangan");
		act("kasi.kerjasama.sanggau", no, "Selesaikan", "Mohon arahan Bapak Bupati");
		act("bupati.sanggau", no, "Selesaikan", "Kadis: telaah dan siapkan masukan");
		act("kadis.sanggau", no, "Selesaikan", "Kabid: tindak lanjuti");
		act("kabid.kerjasama.sanggau", no, "Selesaikan", "Kasi: pelajari");
		act("kasi.kerjasama.sanggau", no, "Selesaikan", null);
		act("kasi.kerjasama.sanggau", no, "Selesaikan", "Staf: siapkan bahan");
		act("staf.kerjasama.sanggau", no, "Selesaikan", null);

		// row 9: handed down to the Kabid and the Kasi, reported back up, completed by
		// the Kadis
		Browser b = browser();
		openFromInbox("kadis.sanggau", no);
		b.tick("Kepala Bidang Penataan dan Kerjasama Desa — Fransiska Natalia, S.IP");
		b.tick("Tanggapan dan saran");
		b.type("delegate-arahan", "Siapkan masukan atas rancangan");
		b.press("Disposisikan");
		assertThat(b.alert()).contains("Disposisi telah dikirim");

		openFromInbox("kabid.kerjasama.sanggau", no);
		b.tick("Kepala Seksi Kerjasama Desa — Yosef Hendra Wibisono, S.AP");
		b.type("delegate-arahan", "Susun telaahan");
		b.press("Disposisikan");

		openFromInbox("kasi.kerjasama.sanggau", no);
		b.type("report", "Telaahan selesai, rancangan layak dengan catatan");
		b.press("Laporkan");
		assertThat(b.alert()).contains("Laporan telah dikirim");
		openFromInbox("kabid.kerjasama.sanggau", no);
		b.type("report", "Telaahan Kasi kami setujui");
		b.press("Laporkan");

		act("kadis.sanggau", no, "Selesaikan", "Mohon Bapak Bupati menandatangani surat");
		act("bupati.sanggau", no, "Selesaikan", null);
		assertFinished("kadis.sanggau", no);
	}

	@Test
	void seed002KsadWithTheKesepakatanBersamaReturnedOnce() throws Exception {
		String no = register("tkksd.lamandau", "LMD-KSAD-01", "Kerja sama jalan poros (uji peramban)",
				"Pemerintah Kabupaten Sukamara", null);
		for (int i = 1; i <= 5; i++) {
			act("tkksd.lamandau", no, "Selesaikan", null);
		}
		act("bupati.lamandau", no, "Tidak", "Pasal pembiayaan belum jelas");
		openFromInbox("tkksd.lamandau", no);
		assertThat(browser().text()).contains("Dikembalikan dari langkah 6").contains("Pasal pembiayaan belum jelas");
		act("tkksd.lamandau", no, "Selesaikan", null);
		act("bupati.lamandau", no, "Ya", null);
		act("pd.lamandau", no, "Selesaikan", null);
		act("tkksd.lamandau", no, "Ya", null);
		act("sekda.lamandau", no, "Ya", null);
		act("bupati.lamandau", no, "Ya", null);
		act("tkksd.lamandau", no, "Selesaikan", null);
		assertFinished("sekda.lamandau", no);
	}

	@Test
	void seed003VillageProgrammesOfTwoVillagesWithBudgetApprovalByEachVillagesHeadAndReports() throws Exception {
		// one SOP for every desa of the kecamatan: two programmes, two villages at once
		String no = register("kasi.ppmd.benualima", "BTM-PPMD-01", "Jalan usaha tani Desa Taniran (uji peramban)",
				"Desa Taniran", null);
		String other = register("kasi.ppmd.benualima", "BTM-PPMD-01",
				"Jalan usaha tani Desa Simpang Naneng (uji peramban)", "Desa Simpang Naneng", null);
		assertThat(this.laneActors).contains("Kepala Desa Simpang Naneng — Yohanes Dunun")
			.doesNotContain("Samuel Iber");
		for (int i = 0; i < 3; i++) {
			act("kasi.ppmd.benualima", no, "Selesaikan", null);
			act("kasi.ppmd.benualima", other, "Selesaikan", null);
		}
		// each budget approval reaches the head of its own village only
		Browser b = browser();
		b.signIn("kades.benualima");
		assertThat(b.text()).contains(no).doesNotContain(other);
		b.signIn("kades.simpangnaneng");
		assertThat(b.text()).contains(other).doesNotContain(no);
		act("kades.simpangnaneng", other, "Ya", "Anggaran disetujui");
		act("kades.benualima", no, "Ya", "Anggaran disetujui");
		openFromInbox("kasi.ppmd.benualima", no);
		b.type("body", "Pengerasan badan jalan 120 m");
		b.press("Kirim Laporan");
		assertThat(b.alert()).contains("Laporan berkala telah dikirim");
		for (int i = 0; i < 5; i++) {
			act("kasi.ppmd.benualima", no, "Selesaikan", null);
		}
		assertFinished("camat.benualima", no);
	}

	@Test
	void seed004PerformanceAgreementInitialledByTheLanesRow6NamesSignedAtRow7AndNumberedAtRow9() throws Exception {
		String no = register("kadis.sanggau", "DPMPEMDES-PK-01", "Perjanjian Kinerja 2027 (uji peramban)",
				"Sekretariat Daerah", null);
		act("kadis.sanggau", no, "Selesaikan", "Kabid APD: koordinasikan");
		act("kadis.sanggau", no, "Selesaikan", "Kasi: susun konsep");
		Browser b = browser();
		// row 3 drafts the Perjanjian Kinerja: the upload form names it already
		openFromInbox("kasi.keuangan.sanggau", no);
		assertThat(b.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Perjanjian Kinerja");
		upload("Perjanjian Kinerja", "konsep");
		b.press("Selesaikan");
		assertThat(b.alert()).contains("Langkah telah diselesaikan");
		act("kasi.keuangan.sanggau", no, "Selesaikan", null);
		act("kasi.keuangan.sanggau", no, "Selesaikan", null);

		// row 6 asks the paraf of the Kabid and the Sekretaris: not the drafter
		openFromInbox("kasi.keuangan.sanggau", no);
		assertThat(b.driver().findElements(By.xpath("//button[normalize-space()='Paraf']"))).isEmpty();
		for (String reviewer : new String[] { "kabid.apd.sanggau", "sekretaris.sanggau" }) {
			// each lane asked finds the case in the inbox, marked as needing their paraf
			b.signIn(reviewer);
			b.type("q", no);
			b.press("Saring");
			assertThat(b.text()).as(reviewer).contains("Perlu paraf");
			b.follow(no);
			b.press("Paraf");
			assertThat(b.alert()).contains("Paraf telah dibubuhkan");
		}
		act("kasi.keuangan.sanggau", no, "Selesaikan", null);

		// row 7: the Kepala Dinas opens the signing page, sees the PDF in it, types the
		// password again and signs
		b.signIn("kadis.sanggau");
		b.type("q", no);
		b.press("Saring");
		assertThat(b.text()).contains("Perlu tanda tangan");
		b.follow(no);
		b.follow("Tanda Tangani");
		assertThat(b.driver().findElement(By.id("pratinjau")).getTagName()).isEqualTo("iframe");
		Object served = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.getElementById('pratinjau').src)
				  .then(r => done(r.status + ' ' + r.headers.get('content-type')));""");
		assertThat(served).isEqualTo("200 application/pdf");
		assertThat(b.text()).contains("Stefanus Adi Pratama, S.H.")
			.contains("Agustinus Riyadi, S.E.")
			.contains("langkah 9");
		signOnConfirmationPage();
		assertThat(b.alert()).contains("telah ditandatangani").contains("langkah penomoran");
		// the signed version is row 7's output: no reason asked
		openFromInbox("kadis.sanggau", no);
		assertThat(b.has(By.id("outputMissingReason"))).isFalse();
		b.press("Selesaikan");
		assertThat(b.alert()).contains("Langkah telah diselesaikan");
		act("kasi.keuangan.sanggau", no, "Selesaikan", null);
		// row 9 numbers and sends it: the number follows the unit's pattern with the
		// SOP's klasifikasi
		openFromInbox("kasi.keuangan.sanggau", no);
		b.press("Beri Nomor");
		assertThat(b.alert()).contains("diberi nomor").contains("000.8.3.3/").contains("/DPMPD/");
		b.press("Selesaikan");
		assertThat(b.alert()).contains("Langkah telah diselesaikan");
		assertFinished("kadis.sanggau", no);
		assertThat(b.text()).contains("Paraf 1: Stefanus Adi Pratama, S.H.")
			.contains("Paraf 2: Agustinus Riyadi, S.E.");
		// the final, electronically signed file as the browser downloads it: a PAdES
		// signature over all of it with the kabupaten's certificate, the number and a QR
		// code to the verification page on its last page
		assertThat(b.driver().findElement(By.cssSelector("[id^=ttd-]")).getText()).contains("Versi final");
		String href = b.driver().findElement(By.cssSelector("[id^=ttd-] a[href$='/signed']")).getAttribute("href");
		String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
				  let text = ''; const bytes = new Uint8Array(buffer);
				  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
				  done(btoa(text));
				});""", href);
		byte[] pdf = java.util.Base64.getDecoder().decode(base64);
		id.alurkerja.tte.SignatureCheck.Result check = id.alurkerja.tte.SignatureCheck.check(pdf);
		assertThat(check.outcome()).isEqualTo(id.alurkerja.tte.SignatureCheck.Outcome.VALID);
		assertThat(check.certificateSha256()).isEqualTo(this.jdbc.queryForObject(
				"select c.sha256 from tte_demo_certificate c join kabupaten k on k.id = c.kabupaten_id where k.name = 'Kabupaten Sanggau'",
				String.class));
		String nomor = this.jdbc.queryForObject("select nomor from tte_signed_file where sha256 = ?", String.class,
				sha256(pdf));
		assertThat(id.alurkerja.support.SignedPdfs.lastPageText(pdf)).contains(nomor);
		String url = id.alurkerja.support.SignedPdfs.lastPageQr(pdf);
		assertThat(url).matches(".*/verifikasi/[A-Z2-7]{26}");

		// the verification page, signed out, says valid; a copy with one byte changed
		// is not the file signed
		b.signOut();
		b.open(url.substring(url.indexOf("/verifikasi/")));
		assertThat(b.driver().findElement(By.id("verifikasi-status")).getText()).contains("sah")
			.doesNotContain("TIDAK");
		assertThat(b.driver().findElement(By.id("verifikasi-nomor")).getText()).isEqualTo(nomor);
		java.nio.file.Path changed = java.nio.file.Files.createTempFile("pk-ubah", ".pdf");
		java.nio.file.Files.write(changed, id.alurkerja.support.SignedPdfs.oneByteChanged(pdf));
		b.driver().findElement(By.id("file")).sendKeys(changed.toString());
		b.press("Periksa");
		assertThat(b.driver().findElement(By.id("verifikasi-cocok")).getText()).contains("Tidak cocok");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
