package id.alurkerja.sop.admin;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The editor in a real headless Chromium: an admin opens Administrasi, creates an SOP,
 * adds a lane and three steps with a decision, sees the problems go away and the preview
 * fill, and publishes it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorInChromiumTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver driver;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(new java.io.File("/usr/bin/chromedriver").canExecute(), "Chromium is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=id", "--window-size=1400,1000",
				"--user-data-dir=" + Files.createTempDirectory("alur-editor-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
		this.jdbc.update("update sop_revision set status = 'RETIRED' where status = 'PUBLISHED' "
				+ "and sop_id in (select id from sop where code like 'UJI-%')");
	}

	@Test
	void anAdminBuildsAndPublishesAnSopInTheBrowser() {
		String code = "UJI-CHROMIUM-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys("admin.sanggau");
		this.driver.findElement(By.id("password")).sendKeys("alurdemo");
		submit(this.driver.findElement(By.cssSelector("form button[type=submit]")));
		click(this.driver.findElement(By.linkText("Administrasi")));
		click(this.driver.findElement(By.cssSelector("a[href='/admin/sop']")));

		WebElement form = this.driver.findElement(By.id("new-sop"));
		form.findElement(By.name("code")).sendKeys(code);
		form.findElement(By.name("namaSop")).sendKeys("Penerimaan Surat Uji Peramban");
		new Select(form.findElement(By.name("unitId"))).selectByVisibleText("Seksi Kerjasama Desa");
		submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/admin/sop/" + code + "/draft");
		assertThat(text("#problems")).contains("SOP belum memiliki langkah.");

		WebElement lane = this.driver.findElement(By.id("add-lane"));
		lane.findElement(By.name("name")).sendKeys("Kepala Seksi Kerjasama Desa");
		new Select(lane.findElement(By.name("position"))).selectByVisibleText("Kepala Seksi Kerjasama Desa");
		submit(lane.findElement(By.cssSelector("button[value=ADD]")));
		for (int i = 0; i < 3; i++) {
			submit(this.driver.findElement(By.cssSelector("#add-step button")));
		}
		assertThat(this.driver.findElements(By.cssSelector("#step-table tbody tr"))).hasSize(3);

		editStep(0, "START", "Menerima surat masuk", null, null, "30");
		editStep(1, "DECISION", "Memeriksa kelengkapan surat", "3", "1", null);
		editStep(2, "END", "Mengarsipkan surat", null, null, null);
		assertThat(this.driver.findElements(By.id("no-problems"))).hasSize(1);
		assertThat(text("#preview")).contains("Penerimaan Surat Uji Peramban", "Memeriksa kelengkapan surat",
				"30 Menit");

		submit(this.driver.findElement(By.cssSelector("#publish-form button[type=submit]")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/admin/sop/" + code);
		assertThat(text("main")).contains("Revisi 1 diterbitkan");
		open("/sop/" + code);
		assertThat(text("main")).contains("Penerimaan Surat Uji Peramban", "Mengarsipkan surat");
	}

	private void editStep(int index, String kind, String activity, String ya, String tidak, String minutes) {
		click(this.driver.findElement(By.cssSelector("#step-" + index + " a")));
		WebElement form = this.driver.findElement(By.id("step-form"));
		new Select(form.findElement(By.name("kind"))).selectByValue(kind);
		WebElement text = form.findElement(By.name("activity"));
		text.clear();
		text.sendKeys(activity);
		if (ya != null) {
			new Select(form.findElement(By.name("ya"))).selectByValue(ya);
			new Select(form.findElement(By.name("tidak"))).selectByValue(tidak);
		}
		if (minutes != null) {
			form.findElement(By.name("timeMax")).sendKeys(minutes);
			new Select(form.findElement(By.name("timeUnit"))).selectByValue("MENIT");
		}
		submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(this.driver.getCurrentUrl()).contains("/draft");
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	private void click(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		// the keyboard, as a keyboard user would: no coordinates to be covered
		element.sendKeys(Keys.ENTER);
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	private void submit(WebElement button) {
		click(button);
	}

}
