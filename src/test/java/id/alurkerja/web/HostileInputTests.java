package id.alurkerja.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

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

	@Autowired
	CaseService cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	UserDetailsService users;

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

	@Test
	void aZipBombNamedDocxIsRefusedAtTheUploadFieldAndNothingIsStored() {
		Long id = startCase("Lampiran bom ZIP");
		byte[] bomb = docxOfZeros(200 << 20);
		assertThat(bomb.length).as("a small file").isLessThan(1 << 20);
		HttpResponse<String> response = this.session.postMultipart("/cases/" + id + "/documents",
				fieldsOf(this.session, "/cases/" + id, "form[action=/cases/" + id + "/documents]"), "file",
				"laporan.docx", bomb);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#file-error").text()).contains("tidak diterima", "100 MB", "10.000 bagian");
		assertThat(page.select("#file.is-invalid")).hasSize(1);
		assertThat(versionsOf(id)).isZero();

		// as a starting document of a new case, the whole registration is refused
		String perihal = "Berkas dengan bom ZIP " + System.nanoTime();
		Map<String, String> form = newCaseForm(perihal);
		HttpResponse<String> registered = this.session.postMultipart("/cases", form, "files", "bom.docx", bomb);
		assertThat(registered.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(registered.body());
		assertThat(again.select(".alert-danger").text()).contains("tidak diterima");
		assertThat(again.select("#perihal").val()).isEqualTo(perihal);
		assertThat(casesNamed(perihal)).isZero();
	}

	@Test
	void aMisleadingFileNameIsStoredAsTheCheckedTypeWithoutDirectionOverrides() {
		Long id = startCase("Nama berkas menyesatkan");
		byte[] pdf = "%PDF-1.4\n% uji\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		assertThat(storedName(id, "evil.pdf%00.exe", pdf)).isEqualTo("evil.pdf");
		assertThat(storedName(id, "doc\u202Efdp.exe", pdf)).isEqualTo("docfdp.pdf");
		assertThat(storedName(id, "poly.html", png)).isEqualTo("poly.png");
		Long version = this.jdbc.queryForObject("""
				select max(v.id) from document_version v join case_document d on d.id = v.document_id
				where d.case_id = ?""", Long.class, id);
		HttpResponse<String> download = this.session.get("/cases/" + id + "/versions/" + version + "/download");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("poly.png").doesNotContain("html"));
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			tanggalSurat | 0000-01-01   | paling awal 17 Agustus 1945
			tanggalSurat | +99999-01-01 | tidak boleh lebih dari sehari setelah hari ini
			receivedOn   | 0000-01-01   | paling awal 17 Agustus 1945
			receivedOn   | +99999-01-01 | tidak boleh di masa depan
			""")
	void aLetterDateOutOfRangeIsRefusedAtItsFieldKeepingWhatWasTyped(String field, String value, String message) {
		String perihal = "Tanggal di luar batas " + System.nanoTime();
		Map<String, String> form = newCaseForm(perihal);
		form.put(field, value);
		HttpResponse<String> response = this.session.postMultipart("/cases", form, "files", "", new byte[0]);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#" + field + "-error").text()).contains(message);
		assertThat(page.select("#" + field).val()).isEqualTo(value);
		assertThat(page.select("#perihal").val()).isEqualTo(perihal);
		assertThat(casesNamed(perihal)).isZero();
	}

	@ParameterizedTest(name = "deadline={0}")
	@CsvSource(delimiter = '|', textBlock = """
			0000-01-01   | Tenggat tidak boleh sebelum hari ini
			+99999-01-01 | Tenggat paling lambat 2 tahun dari hari ini
			""")
	void aDeadlineOutOfRangeIsRefusedAtItsFieldInBothFormsThatHandAStepOn(String value, String message) {
		Long id = startCase("Tenggat di luar batas");
		Long taskId = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow().id();
		String page = "/cases/" + id;
		Map<String, String> complete = fieldsOf(this.session, page, "form[action$=/complete]");
		complete.putAll(Map.of("outcome", "DONE", "arahan", "Mohon ditelaah", "outputMissingReason", "Lisan",
				"deadline", value));
		HttpResponse<String> completed = this.session.post(page + "/tasks/" + taskId + "/complete", complete);
		assertThat(completed.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(completed.body());
		assertThat(html.select("#deadline-error").text()).contains(message);
		assertThat(html.select("#deadline").val()).isEqualTo(value);
		assertThat(html.select("#arahan").text()).isEqualTo("Mohon ditelaah");

		Map<String, String> delegate = fieldsOf(this.session, page, "form[action$=/delegate]");
		delegate.putAll(Map.of("arahan", "Siapkan bahan", "deadline", value));
		HttpResponse<String> delegated = this.session.post(page + "/tasks/" + taskId + "/delegate", delegate);
		assertThat(delegated.statusCode()).isEqualTo(200);
		html = Jsoup.parse(delegated.body());
		assertThat(html.select("#delegate-deadline-error").text()).contains(message);
		assertThat(html.select("#delegate-deadline").val()).isEqualTo(value);
		assertThat(html.select("#delegate-arahan").text()).isEqualTo("Siapkan bahan");

		assertThat(this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow().id())
			.as("still at its first step")
			.isEqualTo(taskId);
		assertThat(this.jdbc.queryForObject("select count(*) from delegation where task_id = ?", Integer.class, taskId))
			.isZero();
	}

	@ParameterizedTest(name = "day={0}")
	@CsvSource({ "0000-01-01", "+99999-01-01", "1990-01-01" })
	void aHolidayOutsideTheCalendarsYearsIsRefusedAtItsFieldKeepingWhatWasTyped(String day) {
		WebSession admin = new WebSession(this.port);
		admin.login("admin.sanggau", "alurdemo");
		Map<String, String> form = fieldsOf(admin, "/admin/settings/holidays", "#add-holiday");
		form.putAll(Map.of("day", day, "name", "Hari libur salah ketik", "kind", "CUTI_BERSAMA"));
		HttpResponse<String> response = admin.post("/admin/settings/holidays", form);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#day-error").text()).contains("di luar tahun kalender");
		assertThat(page.select("#day").val()).isEqualTo(day);
		assertThat(page.select("#name").val()).isEqualTo("Hari libur salah ketik");
		assertThat(page.select("#kind option[selected]").val()).isEqualTo("CUTI_BERSAMA");

		Map<String, String> list = fieldsOf(admin, "/admin/settings/holidays", "#import-holidays");
		list.put("text", day.replace("+99999", "9999") + "; Hari libur salah ketik");
		HttpResponse<String> imported = admin.post("/admin/settings/holidays/import", list);
		assertThat(imported.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(admin.get(WebSession.location(imported).replaceFirst("^http://[^/]+", "")).body());
		assertThat(after.select(".alert-danger").text()).contains("di luar tahun kalender");
		assertThat(after.select("#import-text").val()).contains("Hari libur salah ketik");
		assertThat(this.jdbc.queryForObject("select count(*) from holiday where name = 'Hari libur salah ketik'",
				Integer.class))
			.isZero();
	}

	private Long startCase(String perihal) {
		return this.cases.start(user("kasi.kerjasama.sanggau"), new StartCase("DPMPEMDES-CTADES-01", perihal,
				"Desa Sei Tekam", null, null, LocalDate.now(), Sifat.BIASA));
	}

	/**
	 * Uploads through the case page's form; answers the name the version is stored under.
	 */
	private String storedName(Long caseId, String fileName, byte[] content) {
		HttpResponse<String> response = this.session.postMultipart("/cases/" + caseId + "/documents",
				fieldsOf(this.session, "/cases/" + caseId, "form[action=/cases/" + caseId + "/documents]"), "file",
				fileName, content);
		assertThat(response.statusCode()).as(fileName).isEqualTo(302);
		return this.jdbc.queryForObject("""
				select v.file_name from document_version v join case_document d on d.id = v.document_id
				where d.case_id = ? order by v.id desc limit 1""", String.class, caseId);
	}

	private Map<String, String> newCaseForm(String perihal) {
		Map<String, String> form = fieldsOf(this.session, "/cases/new?sop=DPMPEMDES-CTADES-01", "form[action=/cases]");
		form.remove("titles");
		form.putAll(Map.of("perihal", perihal, "suratDari", "Desa Sei Tekam", "receivedOn", LocalDate.now().toString(),
				"sifat", "BIASA"));
		return form;
	}

	/** The fields of a form as the page renders them (hidden tokens included). */
	private static Map<String, String> fieldsOf(WebSession session, String path, String selector) {
		Element form = Jsoup.parse(session.get(path).body()).selectFirst(selector);
		assertThat(form).as(selector).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name]:not([type=file])").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
		form.select("textarea[name]").forEach(t -> fields.put(t.attr("name"), t.val()));
		form.select("select[name]").forEach(s -> {
			Element o = s.selectFirst("option[selected]");
			o = (o != null) ? o : s.selectFirst("option");
			fields.put(s.attr("name"), (o != null) ? o.attr("value") : "");
		});
		return fields;
	}

	private int casesNamed(String perihal) {
		return this.jdbc.queryForObject("select count(*) from case_file where perihal = ?", Integer.class, perihal);
	}

	private int versionsOf(Long caseId) {
		return this.jdbc.queryForObject(
				"select count(*) from document_version v join case_document d on d.id = v.document_id where d.case_id = ?",
				Integer.class, caseId);
	}

	private AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

	/** A DOCX whose document.xml is {@code size} zeros: a few hundred KB, a ZIP bomb. */
	private static byte[] docxOfZeros(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int written = 0; written < size; written += zeros.length) {
				zip.write(zeros);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
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
