package id.alurkerja.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium driving the running application: Debian's chromium and
 * chromedriver when installed (CI installs them), else whatever Selenium Manager finds.
 */
final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	Browser(int port) throws IOException {
		this.base = "http://localhost:" + port;
		ChromeOptions options = new ChromeOptions();
		File binary = new File("/usr/bin/chromium");
		if (binary.canExecute()) {
			options.setBinary(binary);
		}
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=id", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("alur-chromium"));
		File driverBinary = new File("/usr/bin/chromedriver");
		ChromeDriverService service = driverBinary.canExecute()
				? new ChromeDriverService.Builder().usingDriverExecutable(driverBinary).build()
				: ChromeDriverService.createDefaultService();
		this.driver = new ChromeDriver(service, options);
		// no implicit wait: pages are awaited explicitly, and a missing element must
		// answer at once
		this.driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	private String signedIn;

	/** Drops the session: the next page is seen as by anyone, signed out. */
	void signOut() {
		this.driver.manage().deleteAllCookies();
		this.signedIn = null;
	}

	/**
	 * Signs in through the login form (after dropping whoever was signed in); the same
	 * user again just goes back to the inbox.
	 */
	void signIn(String username) {
		if (username.equals(this.signedIn)) {
			open("/inbox");
			settle();
			return;
		}
		this.driver.manage().deleteAllCookies();
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys("alurdemo");
		press("Masuk");
		assertThat(this.driver.getCurrentUrl()).as("signed in as " + username).endsWith("/inbox");
		this.signedIn = username;
	}

	/**
	 * The button with this accessible name, scrolled to the middle of the window so it
	 * can be clicked.
	 */
	WebElement button(String name) {
		WebElement button = this.driver.findElement(By.xpath("//button[normalize-space()='" + name + "']"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		return button;
	}

	/**
	 * Presses the named button from the keyboard, as a keyboard user would (and as screen
	 * readers find it).
	 */
	void press(String name) {
		settle();
		WebElement page = this.driver.findElement(By.tagName("html"));
		button(name).sendKeys(org.openqa.selenium.Keys.ENTER);
		awaitNewPage(page);
	}

	/**
	 * Follows a link from the keyboard and waits for the next page (a click far down a
	 * long page can land while Bootstrap's smooth scrolling still moves it).
	 */
	void follow(String text) {
		settle();
		WebElement page = this.driver.findElement(By.tagName("html"));
		link(text).sendKeys(org.openqa.selenium.Keys.ENTER);
		awaitNewPage(page);
	}

	private void awaitNewPage(WebElement old) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(20)).until(d -> gone(old));
		settle();
	}

	/**
	 * Whether the old page's root element is gone. Chromium answers a gone node either as
	 * stale or as "does not belong to the document"; both mean the next page is there.
	 */
	private static boolean gone(WebElement old) {
		try {
			old.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			return true;
		}
	}

	/** Waits until the current page has loaded, scripts included. */
	private void settle() {
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	List<WebElement> buttons(String name) {
		return this.driver.findElements(By.xpath("//button[normalize-space()='" + name + "']"));
	}

	WebElement link(String text) {
		WebElement link = this.driver.findElement(By.linkText(text));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
		return link;
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Ticks the checkbox of the label, from the keyboard (space), as a keyboard user
	 * would.
	 */
	void tick(String label) {
		WebElement box = this.driver.findElement(
				By.id(this.driver.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"))
					.getAttribute("for")));
		if (!box.isSelected()) {
			box.sendKeys(org.openqa.selenium.Keys.SPACE);
		}
	}

	private static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	/** Waits until the element's text holds what the page swapped in (htmx). */
	String awaitText(By by, java.util.function.Predicate<String> holds) {
		return new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> {
				String text = d.findElement(by).getText();
				return holds.test(text) ? text : null;
			});
	}

	boolean has(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String alert() {
		List<WebElement> alerts = this.driver.findElements(By.cssSelector(".alert"));
		return alerts.isEmpty() ? "" : alerts.get(0).getText();
	}

	/**
	 * Serious and critical accessibility violations found by axe-core on the current
	 * page.
	 */
	List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder().analyze(this.driver);
		return results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
	}

	/** Whether the page scrolls sideways at the given width (it must not on a phone). */
	boolean scrollsSideways(int width) {
		this.driver.manage().window().setSize(new Dimension(width, 800));
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		return Boolean.TRUE.equals(overflow);
	}

	/**
	 * At the given width, the elements that reach past the window's right edge while none
	 * of their children do, or whose content spills past it (where to look when a page
	 * scrolls sideways).
	 */
	@SuppressWarnings("unchecked")
	List<String> sidewaysCulprits(int width) {
		this.driver.manage().window().setSize(new Dimension(width, 800));
		try {
			return (List<String>) ((JavascriptExecutor) this.driver).executeScript(
					"""
							const w = window.innerWidth, out = [];
							for (const el of document.body.querySelectorAll('*')) {
							  if (el.parentElement && el.parentElement.closest('.table-responsive')
							    && !['absolute', 'fixed'].includes(getComputedStyle(el).position)) continue;
							  const spills = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'
							    && el.getBoundingClientRect().left + el.scrollWidth > w + 1;
							  if (!spills) {
							    if (el.getBoundingClientRect().right <= w + 1) continue;
							    if ([...el.children].some(c => c.getBoundingClientRect().right > w + 1)) continue;
							  }
							  out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
							    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : ''));
							}
							return ['scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w].concat(out.slice(0, 10));""");
		}
		finally {
			this.driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	void screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"), png);
		}
		catch (IOException | RuntimeException ex) {
			// a failed screenshot must not hide the failure it documents
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
