package id.alurkerja.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind answers Alur's own page (layout, Bahasa Indonesia, the
 * signed-in user's navigation where Alur sees the request) with the right status, never
 * Spring's white-label page, Tomcat's page or a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileInputTests {

	private static final String SIGNED_IN = "Yosef Hendra Wibisono, S.AP";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebSession session;

	@BeforeEach
	void signIn() {
		this.session = new WebSession(this.port);
		this.session.login("kasi.kerjasama.sanggau", "alurdemo");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET      | /cases/abc                   | 404 | Tidak ditemukan
			GET      | /cases/99999999999999999999  | 404 | Tidak ditemukan
			GET      | /cases/1%20OR%201=1          | 404 | Tidak ditemukan
			GET      | /sop/KSAD/revisions/x        | 404 | Tidak ditemukan
			GET      | /cases?from=2026-13-45       | 400 | Permintaan tidak dapat diproses
			GET      | /cases?to=kemarin            | 400 | Permintaan tidak dapat diproses
			GET      | /cases/1/cancel              | 405 | Tindakan tidak tersedia dengan cara ini
			GET      | /cases/1/versions/1/paraf    | 405 | Tindakan tidak tersedia dengan cara ini
			TRACE    | /inbox                       | 405 | Tindakan tidak tersedia dengan cara ini
			PROPFIND | /inbox                       | 405 | Tindakan tidak tersedia dengan cara ini
			GET      | //admin                      | 400 | Permintaan tidak dapat diproses
			GET      | /inbox;x=1                   | 400 | Permintaan tidak dapat diproses
			GET      | /cases/%2e%2e/inbox          | 400 | Permintaan tidak dapat diproses
			GET      | /tidak-ada                   | 404 | Tidak ditemukan
			""")
	void aBadUrlOrVerbIsAlursOwnPageWithNavigation(String method, String path, int status, String title) {
		HttpResponse<String> response = this.session.request(method, path);
		assertThat(response.statusCode()).isEqualTo(status);
		Document page = alursPage(response, title);
		assertThat(page.select("header").text()).contains(SIGNED_IN);
	}

	/**
	 * Refused by Tomcat before Alur sees them: Alur's plain page, still in Indonesian.
	 */
	@ParameterizedTest(name = "{0} -> 400")
	@CsvSource({ "/%2e%2e/etc/passwd", "/inbox%00", "/cases/%2e%2e/%2e%2e/x" })
	void aUrlTomcatRefusesIsAlursPlainPage(String path) throws IOException {
		String raw = raw("GET " + path + " HTTP/1.1");
		assertThat(raw).startsWith("HTTP/1.1 400");
		String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
		assertThat(Jsoup.parse(body).title()).isEqualTo("Permintaan tidak dapat diproses");
		assertThat(body).contains("navbar-brand").doesNotContain("HTTP Status", "Tomcat", "Whitelabel");
	}

	@ParameterizedTest(name = "page={0}")
	@CsvSource({ "2147483647", "-5", "99999999999999999999", "abc" })
	void aPageNumberOutOfRangeIsTheNearestPage(String page) {
		for (String list : new String[] { "/inbox?page=", "/cases?page=" }) {
			HttpResponse<String> response = this.session.get(list + page);
			assertThat(response.statusCode()).as(list + page).isEqualTo(200);
		}
	}

	@Test
	void aNulInATextFieldIsStrippedNotA500() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin.sanggau", "alurdemo");
		String name = "Pegawai Uji Nul " + System.nanoTime();
		String csrf = admin.csrf("/admin/org/people");
		HttpResponse<String> saved = admin.post("/admin/org/people",
				Map.of("_csrf", csrf, "name", name.replace("Uji ", "Uji\u0000\u0007 ")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, name))
			.isEqualTo(1);
		// in a search filter and in the sign-in too
		assertThat(this.session.get("/cases?q=%00perjanjian").statusCode()).isEqualTo(200);
		assertThat(this.session.get("/inbox?q=a%00b").statusCode()).isEqualTo(200);
		assertThat(WebSession.location(new WebSession(this.port).login("kasi.kerjasama.sanggau\u0000", "alurdemo")))
			.endsWith("/inbox");
	}

	@Test
	void aFileOverTheContainersLimitIsThe413PageWithNavigationAndTheWayBack() {
		byte[] tooLarge = new byte[26 * 1024 * 1024];
		HttpResponse<String> response = this.session.postMultipart("/cases/1/documents",
				Map.of("_csrf", "tidak-dibaca", "title", "Surat"), "file", "besar.pdf", tooLarge);
		assertThat(response.statusCode()).isEqualTo(413);
		Document page = alursPage(response, "Berkas terlalu besar");
		assertThat(page.select("header").text()).contains(SIGNED_IN);
		assertThat(page.select("main a[href=/cases/1]")).isNotEmpty();
		// the session goes on
		assertThat(this.session.get("/inbox").statusCode()).isEqualTo(200);
	}

	private static Document alursPage(HttpResponse<String> response, String title) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("html"));
		String body = response.body();
		assertThat(body).doesNotContain("Whitelabel", "HTTP Status", "Exception", "\tat ", "java.");
		Document page = Jsoup.parse(body);
		assertThat(page.title()).isEqualTo(title);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("a.navbar-brand").text()).isEqualTo("Alur");
		assertThat(page.select("html").attr("lang")).isEqualTo("id");
		return page;
	}

	/** Exactly the bytes given: no client library normalises the path first. */
	private String raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
