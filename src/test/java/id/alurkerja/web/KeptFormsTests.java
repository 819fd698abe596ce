package id.alurkerja.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent after the session ended: the sign-in page says so, and once signed in again
 * (a new session) the form's page opens with what was typed, once, within the hour.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeptFormsTests {

	private static final String NEW_CASE = "/cases/new?sop=DPMPEMDES-CTADES-01";

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

	@Test
	void theNewCaseFormComesBackFilledAfterSigningInAgain() {
		WebSession session = signedIn();
		String perihal = "Surat yang tertunda " + System.nanoTime();
		Map<String, String> form = fieldsOf(session, NEW_CASE, "form[action=/cases]");
		form.putAll(Map.of("perihal", perihal, "suratDari", "Desa Sei Tekam", "nomorSurat", "005/12/2026",
				"tanggalSurat", LocalDate.now().minusDays(3).toString(), "sifat", "SEGERA"));
		endSession(session);

		HttpResponse<String> sent = session.from(NEW_CASE).postMultipart("/cases", form, "files", "", new byte[0]);
		assertThat(WebSession.location(sent)).endsWith("/login?expired");
		assertThat(session.cookie("ALUR_KEPT")).isNotBlank();
		Document login = Jsoup.parse(session.get("/login?expired").body());
		assertThat(login.select("[role=alert]").text()).contains("Sesi Anda berakhir");
		assertThat(login.select("#kept").text()).contains("Isian formulir Anda disimpan");

		HttpResponse<String> signedIn = session.login("kasi.kerjasama.sanggau", "alurdemo");
		assertThat(WebSession.location(signedIn)).endsWith(NEW_CASE);
		Document page = Jsoup.parse(session.get(NEW_CASE).body());
		assertThat(page.select("#kept").text()).contains("dikembalikan");
		assertThat(page.select("#perihal").val()).isEqualTo(perihal);
		assertThat(page.select("#suratDari").val()).isEqualTo("Desa Sei Tekam");
		assertThat(page.select("#nomorSurat").val()).isEqualTo("005/12/2026");
		assertThat(page.select("#tanggalSurat").val()).isEqualTo(LocalDate.now().minusDays(3).toString());
		assertThat(page.select("#sifat option[selected]").val()).isEqualTo("SEGERA");
		// nothing was registered, and the kept form is gone once used
		assertThat(this.jdbc.queryForObject("select count(*) from case_file where perihal = ?", Integer.class, perihal))
			.isZero();
		assertThat(keptWith(perihal)).isZero();
		assertThat(Jsoup.parse(session.get(NEW_CASE).body()).select("#perihal").val()).isEmpty();
	}

	@Test
	void onASharedComputerAnotherAccountSigningInNeverSeesTheKeptForm() {
		WebSession session = signedIn();
		String perihal = "Isian rahasia " + System.nanoTime();
		Map<String, String> form = fieldsOf(session, NEW_CASE, "form[action=/cases]");
		form.put("perihal", perihal);
		endSession(session);
		session.from(NEW_CASE).postMultipart("/cases", form, "files", "", new byte[0]);
		assertThat(keptWith(perihal)).isOne();
		// the next person at this browser signs in with their own account
		HttpResponse<String> other = session.login("staf.kerjasama.sanggau", "alurdemo");
		assertThat(WebSession.location(other)).endsWith("/inbox");
		assertThat(Jsoup.parse(session.get(NEW_CASE).body()).select("#perihal").val()).isEmpty();
		assertThat(keptWith(perihal)).as("discarded, not kept for later").isZero();
	}

	@Test
	void theArahanTypedForCompletionComesBackOnTheCasePage() {
		AlurUser kasi = (AlurUser) this.users.loadUserByUsername("kasi.kerjasama.sanggau");
		Long id = this.cases.start(kasi, new StartCase("DPMPEMDES-CTADES-01", "Arahan tertunda", "Desa Sei Tekam", null,
				null, LocalDate.now(), Sifat.BIASA));
		Long taskId = this.queries.detail(kasi, id).openTask().orElseThrow().id();
		WebSession session = signedIn();
		String page = "/cases/" + id;
		Map<String, String> form = fieldsOf(session, page, "form[action$=/complete]");
		form.putAll(Map.of("outcome", "DONE", "arahan", "Mohon telaah pasal 3", "outputMissingReason", "Lisan"));
		endSession(session);

		HttpResponse<String> sent = session.from(page).post(page + "/tasks/" + taskId + "/complete", form);
		assertThat(WebSession.location(sent)).endsWith("/login?expired");
		assertThat(WebSession.location(session.login("kasi.kerjasama.sanggau", "alurdemo"))).endsWith(page);
		Document html = Jsoup.parse(session.get(page).body());
		assertThat(html.select("#arahan").text()).isEqualTo("Mohon telaah pasal 3");
		assertThat(html.select("#outputMissingReason").val()).isEqualTo("Lisan");
		assertThat(html.select("form[action$=/complete] #kept")).hasSize(1);
		assertThat(this.queries.detail(kasi, id).openTask().orElseThrow().id()).as("nothing was done")
			.isEqualTo(taskId);
	}

	@Test
	void aKeptFormOlderThanAnHourOrFromNoPageOfAlurIsNotRestored() {
		WebSession session = signedIn();
		Map<String, String> form = fieldsOf(session, NEW_CASE, "form[action=/cases]");
		String perihal = "Sudah lewat sejam " + System.nanoTime();
		form.put("perihal", perihal);
		endSession(session);
		session.from(NEW_CASE).postMultipart("/cases", form, "files", "", new byte[0]);
		this.jdbc.update("update kept_form set kept_at = now() - interval '61 minutes' where fields like ?",
				"%" + perihal.replace(' ', '+') + "%");
		assertThat(WebSession.location(session.login("kasi.kerjasama.sanggau", "alurdemo"))).endsWith("/inbox");

		// a form sent from elsewhere (no Referer of this site) is not kept
		WebSession other = signedIn();
		Map<String, String> elsewhere = fieldsOf(other, NEW_CASE, "form[action=/cases]");
		elsewhere.put("perihal", perihal + " dari luar");
		endSession(other);
		assertThat(WebSession.location(other.postMultipart("/cases", elsewhere, "files", "", new byte[0])))
			.endsWith("/login?expired");
		assertThat(other.cookie("ALUR_KEPT")).isNull();
		assertThat(keptWith(perihal + " dari luar")).isZero();

		// nor a form whose page does not put it back
		WebSession admin = new WebSession(this.port);
		admin.login("admin.sanggau", "alurdemo");
		String csrf = admin.csrf("/admin/settings/holidays");
		endSession(admin);
		admin.from("/admin/settings/holidays")
			.post("/admin/settings/holidays", Map.of("_csrf", csrf, "day", "2027-05-05", "name", perihal));
		assertThat(admin.cookie("ALUR_KEPT")).isNull();
		assertThat(
				this.jdbc.queryForObject("select count(*) from kept_form where action like '/admin/%'", Integer.class))
			.isZero();
	}

	private int keptWith(String perihal) {
		return this.jdbc.queryForObject("select count(*) from kept_form where fields like ?", Integer.class,
				"%" + perihal.replace(' ', '+') + "%");
	}

	private WebSession signedIn() {
		WebSession session = new WebSession(this.port);
		session.login("kasi.kerjasama.sanggau", "alurdemo");
		return session;
	}

	/** What 180 minutes without a request do: the session's row is gone. */
	private void endSession(WebSession session) {
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", SignInTests.sessionId(session)))
			.isEqualTo(1);
	}

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
		fields.remove("titles");
		return fields;
	}

}
