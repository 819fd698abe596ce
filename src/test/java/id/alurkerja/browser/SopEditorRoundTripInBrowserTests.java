package id.alurkerja.browser;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's editor round trip in Chromium: an admin builds an SOP whose step 1 drafts
 * the Surat Undangan Rapat Desa and whose step 2 (a decision of the Kabid) signs it with
 * klasifikasi 005, types the Tanggal Efektif and a Dasar Hukum, and publishes it; the
 * Tanggal Efektif survives publishing, and a case registered on it offers the signing of
 * that document at step 2 only, numbered with 005.
 */
class SopEditorRoundTripInBrowserTests extends JourneyBase {

	static final String SURAT = "Surat Undangan Rapat Desa";

	@Autowired
	JdbcTemplate jdbc;

	/** Other tests expect the seed SOPs only in the catalogue. */
	@AfterEach
	void withdrawTestSops() {
		this.jdbc.update("update sop_revision set status = 'RETIRED' where status = 'PUBLISHED' "
				+ "and sop_id in (select id from sop where code like 'UJI-%')");
	}

	@Test
	void dutiesSetInTheEditorArePublishedWithTheTypedTanggalEfektifAndHonouredByANewCase() throws Exception {
		String code = "UJI-TUGAS-PERAMBAN-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		Browser b = browser();
		WebDriver d = b.driver();
		b.signIn("admin.sanggau");
		b.open("/admin/sop");
		WebElement create = d.findElement(By.id("new-sop"));
		create.findElement(By.name("code")).sendKeys(code);
		create.findElement(By.name("namaSop")).sendKeys("Penerbitan Surat Undangan Uji Peramban");
		new Select(create.findElement(By.name("unitId"))).selectByVisibleText("Seksi Kerjasama Desa");
		press(create.findElement(By.cssSelector("button[type=submit]")));
		assertThat(d.getCurrentUrl()).endsWith("/admin/sop/" + code + "/draft");
		// the kop starts from the unit
		assertThat(values("#list-letterhead .admin-item-input")).startsWith("PEMERINTAH KABUPATEN SANGGAU",
				"DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA");

		// typed in the identity block, then a Dasar Hukum added below it: both kept
		b.type("nomorSop", "DPMPD/UJI/07");
		b.type("tanggalEfektif", "2 Januari 2027");
		d.findElement(By.cssSelector("#list-dasarHukum input[name='newItems[dasarHukum]']"))
			.sendKeys("Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023");
		press(d.findElement(By.cssSelector("#list-dasarHukum button.admin-add-item")));
		assertThat(d.findElement(By.id("nomorSop")).getAttribute("value")).isEqualTo("DPMPD/UJI/07");
		assertThat(d.findElement(By.id("tanggalEfektif")).getAttribute("value")).isEqualTo("2 Januari 2027");
		assertThat(values("#list-dasarHukum .admin-item-input"))
			.containsExactly("Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023");

		lane("Kepala Seksi Kerjasama Desa");
		lane("Kepala Bidang Penataan dan Kerjasama Desa");
		for (int i = 0; i < 3; i++) {
			press(d.findElement(By.cssSelector("#add-step button")));
		}

		openStep(0);
		step("START", "L1", "Menyusun konsep surat undangan");
		choose("dutyKind-DRAFT");
		d.findElement(By.id("newDocument")).sendKeys(SURAT);
		save();

		openStep(1);
		step("DECISION", "L2", "Memeriksa dan menandatangani surat undangan");
		new Select(d.findElement(By.id("ya"))).selectByValue("3");
		new Select(d.findElement(By.id("tidak"))).selectByValue("1");
		choose("dutyKind-SIGN");
		// the document chosen from the SOP's own, the klasifikasi from the national list
		new Select(d.findElement(By.id("dutyDocument"))).selectByVisibleText(SURAT);
		new Select(d.findElement(By.id("klasifikasi"))).selectByValue("005");
		assertThat(b.seriousAccessibilityViolations()).as("step form").isEmpty();
		save();

		openStep(2);
		step("END", "L1", "Mengarsipkan surat undangan");
		save();

		assertThat(b.has(By.id("no-problems"))).as(b.text()).isTrue();
		assertThat(d.findElements(By.cssSelector(".admin-step-duty")).stream().map(WebElement::getText))
			.containsExactly("Menyusun: " + SURAT, "Menandatangani: " + SURAT);
		// the official document shows nothing new
		assertThat(d.findElement(By.id("preview")).getText()).doesNotContain(SURAT);

		// the publish form offers the typed date; publishing keeps the typed text
		assertThat(d.findElement(By.id("effective")).getAttribute("value")).isEqualTo("2027-01-02");
		press(d.findElement(By.cssSelector("#publish-form button[type=submit]")));
		assertThat(d.getCurrentUrl()).endsWith("/admin/sop/" + code);
		b.open("/sop/" + code);
		assertThat(b.text()).contains("2 Januari 2027", "DPMPD/UJI/07").doesNotContain(SURAT);

		// a new case: step 1 drafts the letter and offers no signature
		String no = register("kasi.kerjasama.sanggau", code, "Undangan rapat koordinasi desa (uji peramban)",
				"Desa Sei Tekam", null);
		openFromInbox("kasi.kerjasama.sanggau", no);
		assertThat(d.findElement(By.id("title")).getAttribute("value")).isEqualTo(SURAT);
		upload(SURAT, "konsep undangan");
		assertThat(d.findElements(By.linkText("Tanda Tangani"))).as("no signature at the drafting step").isEmpty();
		b.press("Selesaikan");
		assertThat(b.alert()).contains("Langkah telah diselesaikan");

		// step 2: the Kabid signs that document there, with the SOP's klasifikasi only
		openFromInbox("kabid.kerjasama.sanggau", no);
		b.follow("Tanda Tangani");
		assertThat(d.findElements(By.cssSelector("select[name=klasifikasi] option")).stream().map(WebElement::getText))
			.containsExactly("005 — Undangan");
		signOnConfirmationPage();
		assertThat(b.alert()).contains("ditandatangani dengan nomor").contains("005/");
		act("kabid.kerjasama.sanggau", no, "Ya", null);
		act("kasi.kerjasama.sanggau", no, "Selesaikan", null);
		assertFinished("kasi.kerjasama.sanggau", no);
	}

	private void lane(String position) throws Exception {
		WebDriver d = browser().driver();
		WebElement lane = d.findElement(By.id("add-lane"));
		lane.findElement(By.name("name")).sendKeys(position);
		new Select(lane.findElement(By.name("position"))).selectByVisibleText(position);
		press(lane.findElement(By.cssSelector("button[value=ADD]")));
	}

	private void openStep(int index) throws Exception {
		press(browser().driver().findElement(By.cssSelector("#step-" + index + " a")));
	}

	private void step(String kind, String lane, String activity) throws Exception {
		WebDriver d = browser().driver();
		new Select(d.findElement(By.id("kind"))).selectByValue(kind);
		new Select(d.findElement(By.id("lane"))).selectByValue(lane);
		browser().type("activity", activity);
	}

	private void save() throws Exception {
		WebDriver d = browser().driver();
		press(d.findElement(By.cssSelector("#step-form button[type=submit]")));
		assertThat(d.getCurrentUrl()).as(browser().text()).contains("/draft#step-");
	}

	/** Ticks a radio button from the keyboard. */
	private void choose(String id) throws Exception {
		WebDriver d = browser().driver();
		WebElement radio = d.findElement(By.id(id));
		((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
		radio.sendKeys(Keys.SPACE);
		assertThat(radio.isSelected()).as(id).isTrue();
	}

	private List<String> values(String css) throws Exception {
		return browser().driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("value")).toList();
	}

	/** Presses the button from the keyboard and waits for the next page. */
	private void press(WebElement button) throws Exception {
		WebDriver d = browser().driver();
		WebElement page = d.findElement(By.tagName("html"));
		((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.sendKeys(Keys.ENTER);
		new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

}
