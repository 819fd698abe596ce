package id.alurkerja.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle throttle;

	@org.springframework.beans.factory.annotation.Autowired
	JdbcTemplate jdbc;

	/**
	 * The throttled account is used by other tests of this JVM: lift its lock afterwards.
	 */
	@org.junit.jupiter.api.AfterEach
	void liftThrottle() {
		this.throttle.recordSuccess("kabid.apd.sanggau");
		this.throttle.recordSuccess("kasi.keuangan.sanggau");
	}

	@Test
	void demoUserSignsInThroughTheLoginFormAndLandsOnTheInbox() {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> login = session.login("kasi.kerjasama.sanggau", "alurdemo");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(login)).endsWith("/inbox");

		HttpResponse<String> inbox = session.get("/inbox");
		assertThat(inbox.statusCode()).isEqualTo(200);
		var page = Jsoup.parse(inbox.body());
		assertThat(page.select("h1").text()).isEqualTo("Kotak Masuk");
		assertThat(page.select("header").text()).contains("Yosef Hendra Wibisono, S.AP")
			.contains("Kepala Seksi Kerjasama Desa")
			.contains("Kabupaten Sanggau");
	}

	@Test
	void wrongPasswordShowsAnIndonesianMessage() {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> login = session.login("staf.kerjasama.sanggau", "salah");
		assertThat(WebSession.location(login)).endsWith("/login?error");
		var page = Jsoup.parse(session.get("/login?error").body());
		assertThat(page.text()).contains("Nama pengguna atau kata sandi salah.");
		// the typed username stays for the next try, the cursor waits in the password
		assertThat(page.select("#username").attr("value")).isEqualTo("staf.kerjasama.sanggau");
		assertThat(page.select("#password").hasAttr("autofocus")).isTrue();
		// once: a fresh sign-in page is empty again
		assertThat(Jsoup.parse(session.get("/login").body()).select("#username").attr("value")).isEmpty();
		assertThat(session.get("/inbox").statusCode()).isEqualTo(302);
	}

	@Test
	void fiveWrongPasswordsThrottleTheAccountEvenForTheRightPassword() {
		WebSession session = new WebSession(this.port);
		for (int i = 1; i <= 4; i++) {
			assertThat(WebSession.location(session.login("kabid.apd.sanggau", "salah" + i))).endsWith("/login?error");
		}
		HttpResponse<String> fifth = session.login("kabid.apd.sanggau", "salah5");
		assertThat(WebSession.location(fifth)).endsWith("/login?throttled");
		assertThat(Jsoup.parse(session.get("/login?throttled").body()).select("[role=alert]").text())
			.contains("Terlalu banyak percobaan masuk yang gagal");

		HttpResponse<String> right = session.login("kabid.apd.sanggau", "alurdemo");
		assertThat(WebSession.location(right)).endsWith("/login?throttled");
		// counted in PostgreSQL, one row whatever the spelling: every node reads it
		assertThat(attempts("kabid.apd.sanggau")).isEqualTo(5);
		assertThat(WebSession.location(session.login(" KABID.apd.Sanggau", "alurdemo"))).endsWith("/login?throttled");
		// another account is not affected
		assertThat(WebSession.location(new WebSession(this.port).login("kabid.kerjasama.sanggau", "alurdemo")))
			.endsWith("/inbox");
	}

	@Test
	void failuresAreCountedInTheDatabaseAndASuccessClearsThem() {
		WebSession session = new WebSession(this.port);
		session.login("kasi.keuangan.sanggau", "salah1");
		session.login("kasi.keuangan.sanggau", "salah2");
		assertThat(attempts("kasi.keuangan.sanggau")).isEqualTo(2);
		assertThat(WebSession.location(session.login("kasi.keuangan.sanggau", "alurdemo"))).endsWith("/inbox");
		assertThat(this.jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class,
				"kasi.keuangan.sanggau"))
			.isZero();
	}

	@Test
	void aSignedInSessionIsARowInPostgresql() {
		WebSession session = new WebSession(this.port);
		session.login("kades.sanggau", "alurdemo");
		String sessionId = sessionId(session);
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, sessionId))
			.isEqualTo("kades.sanggau");
		// 180 minutes without a request end it
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, sessionId))
			.isEqualTo(180 * 60);
		assertThat(this.jdbc.queryForList(
				"select a.attribute_name from spring_session_attributes a "
						+ "join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?",
				String.class, sessionId))
			.contains("SPRING_SECURITY_CONTEXT");
	}

	@Test
	void aFormSentAfterTheSessionEndedLeadsToTheSignInPageThatSaysSo() {
		WebSession session = new WebSession(this.port);
		session.login("kasi.kerjasama.sanggau", "alurdemo");
		String csrf = session.csrf("/inbox");
		endSession(session);

		HttpResponse<String> sent = session.post("/cases", Map.of("_csrf", csrf, "perihal", "Surat yang tertunda"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(sent)).endsWith("/login?expired");
		var page = Jsoup.parse(session.get("/login?expired").body());
		assertThat(page.select("[role=alert]").text()).contains("Sesi Anda berakhir, silakan masuk lagi");
		assertThat(page.text()).doesNotContain("tidak berwenang");
	}

	@Test
	void aPageOpenedAfterTheSessionEndedLeadsToTheSignInPageThatSaysSo() {
		WebSession session = new WebSession(this.port);
		session.login("kasi.kerjasama.sanggau", "alurdemo");
		endSession(session);
		HttpResponse<String> inbox = session.get("/inbox");
		assertThat(inbox.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(inbox)).endsWith("/login?expired");
		// never signed in: the plain sign-in page
		assertThat(WebSession.location(new WebSession(this.port).get("/inbox"))).endsWith("/login");
	}

	/** What 180 minutes without a request do: the session's row is gone. */
	private void endSession(WebSession session) {
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", sessionId(session)))
			.isEqualTo(1);
	}

	/** The session id in the database: the cookie holds it in Base64. */
	static String sessionId(WebSession session) {
		String cookie = session.cookie("SESSION");
		assertThat(cookie).as("session cookie").isNotBlank();
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private Integer attempts(String username) {
		return this.jdbc.queryForObject("select attempts from login_throttle where username = ?", Integer.class,
				username);
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		WebSession session = new WebSession(this.port);
		session.login("camat.sanggau", "alurdemo");
		HttpResponse<String> logout = session.post("/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(session.get("/inbox").statusCode()).isEqualTo(200);
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() {
		HttpResponse<String> login = new WebSession(this.port).get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> {
			assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
		});
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(Jsoup.parse(login.body()).select("script:not([src])")).isEmpty();
	}

	@Test
	void errorPagesAreInIndonesianNotTheWhiteLabelPage() {
		WebSession session = new WebSession(this.port);
		session.login("sekretaris.sanggau", "alurdemo");
		HttpResponse<String> missing = session.get("/tidak-ada");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Tidak ditemukan").doesNotContain("Whitelabel");
	}

	/**
	 * A case id that is no number, a case that does not exist and an unknown SOP code all
	 * give Alur's own 404 page, in the chosen language, with the user's navigation.
	 */
	@Test
	void notFoundPagesKeepTheNavigationInTheChosenLanguage() {
		WebSession session = new WebSession(this.port);
		session.login("sekretaris.sanggau", "alurdemo");
		for (String path : new String[] { "/cases/abc", "/cases/999999999", "/sop/NOPE" }) {
			HttpResponse<String> missing = session.get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			var page = Jsoup.parse(missing.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("Tidak ditemukan");
			assertThat(page.select("#nav-main a[href=/cases]").text()).as(path).isEqualTo("Berkas");
			assertThat(page.select("header").text()).as(path).contains("Agustinus Riyadi");
		}
		session.get("/inbox?lang=en");
		var english = Jsoup.parse(session.get("/cases/999999999").body());
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("#nav-main a[href=/inbox] span").first().text()).isEqualTo("Inbox");
		session.get("/inbox?lang=id");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForAdmins() {
		assertThat(new WebSession(this.port).get("/actuator/health").statusCode()).isEqualTo(200);

		WebSession staff = new WebSession(this.port);
		staff.login("kasi.keuangan.sanggau", "alurdemo");
		assertThat(staff.get("/actuator/metrics").statusCode()).isEqualTo(403);

		WebSession admin = new WebSession(this.port);
		admin.login("admin.sanggau", "alurdemo");
		assertThat(admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void healthDetailsAreForAdminsOnly() {
		assertThat(new WebSession(this.port).get("/actuator/health").body()).doesNotContain("components", "db");
		WebSession staff = new WebSession(this.port);
		staff.login("kasi.keuangan.sanggau", "alurdemo");
		assertThat(staff.get("/actuator/health").body()).contains("UP").doesNotContain("components", "diskSpace");
		WebSession admin = new WebSession(this.port);
		admin.login("admin.sanggau", "alurdemo");
		assertThat(admin.get("/actuator/health").body()).contains("components", "db", "diskSpace");
	}

	@Test
	void englishIsOneClickAway() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/login?lang=en").body()).contains("Sign in to Alur");
		assertThat(session.get("/login").body()).contains("Sign in to Alur");
		assertThat(session.get("/login?lang=id").body()).contains("Masuk ke Alur");
	}

}
