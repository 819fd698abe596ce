package id.alurkerja.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey through the browser, as each role would do it: sign in, find the case in the
 * inbox, open it and press the button. A failing step leaves a screenshot in
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class JourneyBase {

	static Browser browser;

	@LocalServerPort
	int port;

	@RegisterExtension
	final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	static void startBrowser() {
		// the port is known once the context is up; the browser itself does not need it
		// yet
	}

	Browser browser() throws IOException {
		if (browser == null) {
			browser = new Browser(this.port);
		}
		return browser;
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** Who the new-case form said acts in each lane, for the last case registered. */
	String laneActors;

	/** Registers a case through Berkas Baru and answers its number. */
	String register(String username, String sopCode, String perihal, String suratDari, String kelengkapanFile)
			throws IOException {
		Browser b = browser();
		b.signIn(username);
		b.follow("Berkas Baru");
		new Select(b.driver().findElement(By.id("pick-sop"))).selectByValue(sopCode);
		b.press("Gunakan SOP ini");
		b.type("perihal", perihal);
		b.type("suratDari", suratDari);
		// an SOP that serves many units asks where the case comes from: here, the unit
		// that wrote the letter
		if (b.has(By.id("originUnitId"))) {
			new Select(b.driver().findElement(By.id("originUnitId"))).selectByVisibleText(suratDari);
			// the form names who acts in each lane for the village chosen
			this.laneActors = b.awaitText(By.id("lane-actors"),
					text -> !text.contains("ditentukan dari unit asal yang Anda pilih"));
		}
		if (kelengkapanFile != null) {
			Path file = Files.createTempFile("kelengkapan", ".pdf");
			Files.write(file, id.alurkerja.support.TestDocuments.pdf(kelengkapanFile));
			b.driver().findElement(By.id("file-0")).sendKeys(file.toString());
		}
		b.press("Daftarkan Berkas");
		assertThat(b.alert()).contains("Berkas telah didaftarkan");
		String heading = b.driver().findElement(By.tagName("h1")).getText();
		return heading.substring(0, heading.indexOf(' '));
	}

	/** Signs in, finds the case in the inbox and opens it. */
	void openFromInbox(String username, String caseNo) throws IOException {
		Browser b = browser();
		b.signIn(username);
		b.type("q", caseNo);
		b.press("Saring");
		b.follow(caseNo);
	}

	/**
	 * Acts on the open step with the named button ("Selesaikan", "Ya", "Tidak"), giving
	 * the arahan or the reason, and a reason for a missing output where the page asks for
	 * one.
	 */
	void act(String username, String caseNo, String button, String text) throws IOException {
		openFromInbox(username, caseNo);
		Browser b = browser();
		if (b.has(By.id("outputMissingReason"))) {
			b.type("outputMissingReason", "Dicatat pada lembar disposisi di Alur");
		}
		if (text != null) {
			b.type("Tidak".equals(button) ? "reason" : "arahan", text);
		}
		b.press(button);
		assertThat(b.alert()).as(username + " " + button + " on " + caseNo).contains("Langkah telah diselesaikan");
	}

	/**
	 * On the signing confirmation page: types the password again and signs. Chromium's
	 * PDF viewer in the preview frame may take the focus when it finishes loading, so the
	 * password is typed again until the field holds it, after the preview had time to
	 * load.
	 */
	void signOnConfirmationPage() throws IOException, InterruptedException {
		Browser b = browser();
		WebElement password = b.driver().findElement(By.id("password"));
		for (int attempt = 0; attempt < 5; attempt++) {
			Thread.sleep(500);
			b.type("password", "alurdemo");
			Thread.sleep(300);
			if ("alurdemo".equals(password.getDomProperty("value"))) {
				break;
			}
		}
		assertThat(password.getDomProperty("value")).as("the password typed").isEqualTo("alurdemo");
		b.press("Tanda Tangani");
	}

	void upload(String title, String content) throws IOException {
		Browser b = browser();
		Path file = Files.createTempFile("dokumen", ".pdf");
		Files.write(file, id.alurkerja.support.TestDocuments.pdf(content));
		b.type("title", title);
		b.driver().findElement(By.id("file")).sendKeys(file.toString());
		b.press("Unggah");
		assertThat(b.alert()).contains("Dokumen telah diunggah");
	}

	void assertFinished(String username, String caseNo) throws IOException {
		Browser b = browser();
		b.signIn(username);
		b.follow("Berkas");
		b.type("q", caseNo);
		b.press("Saring");
		b.follow(caseNo);
		WebElement status = b.driver().findElement(By.cssSelector("main header .badge"));
		assertThat(status.getText()).isEqualTo("Selesai");
	}

}
