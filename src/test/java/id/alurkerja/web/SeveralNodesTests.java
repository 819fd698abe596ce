package id.alurkerja.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.alurkerja.AlurApplication;
import id.alurkerja.support.TcpProxy;
import id.alurkerja.support.TestDatabase;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of Alur on one PostgreSQL, as behind a proxy without sticky sessions: node A
 * is the test JVM's shared application, node B a second application started here on the
 * same database, through a {@link TcpProxy} that can play the database going down for B
 * alone. A browser's cookie is sent to whichever node (cookies do not depend on the
 * port).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesTests {

	private static TcpProxy database;

	private static ConfigurableApplicationContext nodeB;

	private static int portB;

	@LocalServerPort
	int portA;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startNodeB() {
		TestDatabase.Connection db = TestDatabase.get();
		Matcher hostPort = Pattern.compile("//([^:/]+):(\\d+)/").matcher(db.url());
		assertThat(hostPort.find()).as("host and port in " + db.url()).isTrue();
		database = new TcpProxy(hostPort.group(1), Integer.parseInt(hostPort.group(2)));
		String url = hostPort.replaceFirst("//127.0.0.1:" + database.port() + "/");
		// the demo data is there already: node A loaded it
		nodeB = new SpringApplicationBuilder(AlurApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
					"--spring.datasource.password=" + ((db.password() != null) ? db.password() : ""),
					"--alur.demo=false", "--alur.overdue.interval=PT1H", "--alur.reports.measure-interval=PT1H");
		portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void aSessionSignedInOnOneNodeIsServedByTheOtherAndAFormGoesEitherWay() {
		WebSession onA = new WebSession(this.portA);
		assertThat(WebSession.location(onA.login("kadis.sanggau", "alurdemo"))).endsWith("/inbox");
		WebSession onB = onA.at(portB);

		// node B never saw this session in memory: as after a restart, it is read from
		// the database
		HttpResponse<String> inbox = onB.get("/inbox");
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(inbox.body()).select("header").text()).contains("Maria Lince Tamba");

		// a form rendered by B and sent to A carries a token A accepts
		String csrf = onB.csrf("/inbox");
		HttpResponse<String> logout = onA.post("/logout", Map.of("_csrf", csrf));
		assertThat(WebSession.location(logout)).endsWith("/login?logout");
		// signed out on both
		assertThat(onB.get("/inbox").statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void theThrottleCountsAcrossNodes() {
		String user = "camat.sanggau";
		try {
			for (int i = 1; i <= 4; i++) {
				int port = (i % 2 == 0) ? portB : this.portA;
				assertThat(WebSession.location(new WebSession(port).login(user, "salah" + i))).endsWith("/login?error");
			}
			assertThat(WebSession.location(new WebSession(portB).login(user, "salah5"))).endsWith("/login?throttled");
			assertThat(WebSession.location(new WebSession(this.portA).login(user, "alurdemo")))
				.endsWith("/login?throttled");
			assertThat(WebSession.location(new WebSession(portB).login(user, "alurdemo"))).endsWith("/login?throttled");
			assertThat(this.jdbc.queryForObject("select attempts from login_throttle where username = ?", Integer.class,
					user))
				.isEqualTo(5);
		}
		finally {
			this.jdbc.update("delete from login_throttle where username = ?", user);
		}
	}

	@Test
	@Order(3)
	void tenWrongPasswordsSentAtOnceToBothNodesGetFourPasswordChecksAndTheLock() throws Exception {
		String user = "kades.sanggau";
		List<WebSession> browsers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			WebSession browser = new WebSession((i % 2 == 0) ? this.portA : portB);
			browser.get("/login");
			browsers.add(browser);
		}
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<String>> sent = new ArrayList<>();
			for (int i = 0; i < browsers.size(); i++) {
				WebSession browser = browsers.get(i);
				String password = "salah" + i;
				sent.add(pool.submit(() -> WebSession.location(browser.login(user, password))));
			}
			int wrong = 0;
			int throttled = 0;
			for (Future<String> answer : sent) {
				String location = answer.get();
				wrong += location.endsWith("/login?error") ? 1 : 0;
				throttled += location.endsWith("/login?throttled") ? 1 : 0;
			}
			// five attempts counted, four of them answered "wrong", the fifth locks
			assertThat(wrong).isEqualTo(4);
			assertThat(throttled).isEqualTo(6);
		}
		finally {
			pool.shutdownNow();
			this.jdbc.update("delete from login_throttle where username = ?", user);
		}
	}

	@Test
	@Order(4)
	void whileTheDatabaseIsDownANodeAnswersAlursServiceDisturbedPageQuicklyAndRecovers() {
		WebSession signedIn = new WebSession(portB);
		assertThat(WebSession.location(signedIn.login("kasi.kerjasama.sanggau", "alurdemo"))).endsWith("/inbox");
		WebSession signingIn = new WebSession(portB);
		String csrf = signingIn.csrf("/login");

		database.cut();
		try {
			long start = System.nanoTime();
			HttpResponse<String> page = signedIn.get("/inbox");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertServiceDisturbed(page);

			// the right password during the outage is not "wrong password"
			start = System.nanoTime();
			HttpResponse<String> login = signingIn.post("/login",
					Map.of("username", "kasi.kerjasama.sanggau", "password", "alurdemo", "_csrf", csrf));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertServiceDisturbed(login);
			assertThat(login.body()).doesNotContain("kata sandi salah");
			assertThat(Jsoup.parse(login.body()).select("main a.btn").attr("href")).isEqualTo("/login");

			// a first visit, and a form sent
			assertServiceDisturbed(new WebSession(portB).get("/login"));
			assertServiceDisturbed(signedIn.post("/cases", Map.of("_csrf", csrf, "perihal", "Surat")));
		}
		finally {
			database.restore();
		}
		// back without restarting Alur, still signed in
		HttpResponse<String> again = null;
		for (int i = 0; i < 30 && (again == null || again.statusCode() != 200); i++) {
			sleep(500);
			again = signedIn.get("/inbox");
		}
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("header").text()).contains("Yosef Hendra Wibisono");
	}

	private static void assertServiceDisturbed(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		String body = response.body();
		assertThat(body).doesNotContain("HTTP Status", "Whitelabel", "Exception", "\tat ");
		Document page = Jsoup.parse(body);
		assertThat(page.title()).isEqualTo("Layanan sedang terganggu");
		assertThat(page.select("main").text()).contains("Layanan sedang terganggu", "Coba lagi");
		assertThat(page.select("a.navbar-brand").text()).isEqualTo("Alur");
		assertThat(page.select("html").attr("lang")).isEqualTo("id");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
