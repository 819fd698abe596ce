package id.alurkerja.casework.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.DocumentService;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.TestDocuments;
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
 * The new-case, Unggah and paraf forms over HTTP, sent twice (a double click, a resend)
 * and twice at once: one effect, and the other answered with the 409 page that says the
 * form was already sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OneTimeFormsTests {

	private static final String ALREADY_SENT = "Formulir ini sudah dikirim sebelumnya";

	@LocalServerPort
	int port;

	@Autowired
	CaseService cases;

	@Autowired
	DocumentService documents;

	@Autowired
	CaseQueries queries;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewCaseFormSentTwiceRegistersOneCase() {
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		String perihal = "Dikirim dua kali " + System.nanoTime();
		Map<String, String> form = newCaseForm(kasi, perihal);
		assertThat(registerWith(kasi, form).statusCode()).isEqualTo(302);
		alreadySent(registerWith(kasi, form));
		assertThat(casesNamed(perihal)).isEqualTo(1);
	}

	@Test
	void theNewCaseFormSentTwiceAtOnceRegistersOneCase() {
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		String perihal = "Dikirim bersamaan " + System.nanoTime();
		Map<String, String> form = newCaseForm(kasi, perihal);
		assertThat(atOnce(() -> registerWith(kasi, form))).containsExactly(302, 409);
		assertThat(casesNamed(perihal)).isEqualTo(1);
	}

	@Test
	void aRefusedNewCaseFormKeepsItsTokenAndGoesThroughOnceCorrected() {
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		String perihal = "Diperbaiki lalu dikirim " + System.nanoTime();
		Map<String, String> form = newCaseForm(kasi, perihal);
		form.put("suratDari", "");
		HttpResponse<String> refused = registerWith(kasi, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("input[name=token]").val()).isEqualTo(form.get("token"));
		form.put("suratDari", "Desa Sei Tekam");
		assertThat(registerWith(kasi, form).statusCode()).isEqualTo(302);
		assertThat(casesNamed(perihal)).isEqualTo(1);
	}

	@Test
	void theUploadFormSentTwiceStoresOneVersion() {
		Long id = start("Unggah dua kali");
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Map<String, String> form = uploadForm(kasi, id);
		assertThat(uploadWith(kasi, id, form).statusCode()).isEqualTo(302);
		alreadySent(uploadWith(kasi, id, form));
		assertThat(versionsOf(id)).isEqualTo(1);
	}

	@Test
	void theUploadFormSentTwiceAtOnceStoresOneVersion() {
		Long id = start("Unggah bersamaan");
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Map<String, String> form = uploadForm(kasi, id);
		assertThat(atOnce(() -> uploadWith(kasi, id, form))).containsExactly(302, 409);
		assertThat(versionsOf(id)).isEqualTo(1);
		// a new page is a new form
		assertThat(uploadWith(kasi, id, uploadForm(kasi, id)).statusCode()).isEqualTo(302);
		assertThat(versionsOf(id)).isEqualTo(2);
	}

	@Test
	void theParafFormSentTwiceInitialsOnce() {
		Long version = atParaf004("Paraf dua kali");
		WebSession kabid = WebSession.signedIn(this.port, "kabid.apd.sanggau");
		Map<String, String> form = parafForm(kabid, version);
		String path = parafPath(version);
		assertThat(kabid.post(path, form).statusCode()).isEqualTo(302);
		alreadySent(kabid.post(path, form));
		assertThat(parafsOf(version)).isEqualTo(1);
	}

	@Test
	void theParafFormSentTwiceAtOnceInitialsOnce() {
		Long version = atParaf004("Paraf bersamaan");
		WebSession kabid = WebSession.signedIn(this.port, "kabid.apd.sanggau");
		Map<String, String> form = parafForm(kabid, version);
		String path = parafPath(version);
		assertThat(atOnce(() -> kabid.post(path, form))).containsExactly(302, 409);
		assertThat(parafsOf(version)).isEqualTo(1);
	}

	// ------------------------------------------------------------------

	private static void alreadySent(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(response.body()).select("main").text()).contains(ALREADY_SENT);
	}

	/** The same request from two threads at the same moment; their statuses, sorted. */
	private static List<Integer> atOnce(Supplier<HttpResponse<String>> send) {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					return send.get().statusCode();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : sent) {
				statuses.add(f.get(60, TimeUnit.SECONDS));
			}
			statuses.sort(null);
			return statuses;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, String> newCaseForm(WebSession session, String perihal) {
		Map<String, String> fields = fieldsOf(Jsoup.parse(session.get("/cases/new?sop=DPMPEMDES-CTADES-01").body())
			.selectFirst("form[action=/cases]"));
		fields.remove("titles");
		fields.put("perihal", perihal);
		fields.put("suratDari", "Desa Sei Tekam");
		fields.put("receivedOn", LocalDate.now().toString());
		fields.put("sifat", "BIASA");
		assertThat(fields.get("token")).isNotBlank();
		return fields;
	}

	private static HttpResponse<String> registerWith(WebSession session, Map<String, String> form) {
		// as a browser sends it: multipart, with the file field left empty
		return session.postMultipart("/cases", form, "files", "", new byte[0]);
	}

	private static Map<String, String> uploadForm(WebSession session, Long caseId) {
		Map<String, String> fields = fieldsOf(Jsoup.parse(session.get("/cases/" + caseId).body())
			.selectFirst("form[action=/cases/" + caseId + "/documents]"));
		fields.put("title", "Lampiran uji");
		assertThat(fields.get("token")).isNotBlank();
		return fields;
	}

	private static HttpResponse<String> uploadWith(WebSession session, Long caseId, Map<String, String> form) {
		return session.postMultipart("/cases/" + caseId + "/documents", form, "file", "lampiran.pdf",
				TestDocuments.pdf("lampiran"));
	}

	private String parafPath(Long versionId) {
		return "/cases/" + caseOfVersion(versionId) + "/versions/" + versionId + "/paraf";
	}

	private Map<String, String> parafForm(WebSession session, Long versionId) {
		Long caseId = caseOfVersion(versionId);
		Element form = Jsoup.parse(session.get("/cases/" + caseId).body())
			.selectFirst("form[action=/cases/" + caseId + "/versions/" + versionId + "/paraf]");
		assertThat(form).as("the paraf button").isNotNull();
		Map<String, String> fields = fieldsOf(form);
		assertThat(fields.get("token")).isNotBlank();
		return fields;
	}

	private static Map<String, String> fieldsOf(Element form) {
		assertThat(form).isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[name]:not([type=file])").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
		form.select("select[name]").forEach(s -> {
			Element o = s.selectFirst("option[selected]");
			o = (o != null) ? o : s.selectFirst("option");
			fields.put(s.attr("name"), (o != null) ? o.attr("value") : "");
		});
		return fields;
	}

	/**
	 * A case of seed 004 at row 6, where the Kabid APD and the Sekretaris initial the
	 * Perjanjian Kinerja; answers its latest version.
	 */
	private Long atParaf004(String perihal) {
		Long id = this.cases.start(user("kadis.sanggau"), new StartCase("DPMPEMDES-PK-01",
				perihal + " " + System.nanoTime(), "Sekretariat Daerah", null, null, LocalDate.now(), Sifat.BIASA));
		complete("kadis.sanggau", id);
		complete("kadis.sanggau", id);
		this.documents.upload(user("kasi.keuangan.sanggau"), id, null, null, "pk.pdf", TestDocuments.pdf("konsep"));
		complete("kasi.keuangan.sanggau", id);
		complete("kasi.keuangan.sanggau", id);
		Long version = this.documents.upload(user("kasi.keuangan.sanggau"), id, null, null, "pk-perbaikan.pdf",
				TestDocuments.pdf("perbaikan"));
		complete("kasi.keuangan.sanggau", id);
		assertThat(this.queries.detail(user("kasi.keuangan.sanggau"), id).openTask().orElseThrow().stepNo())
			.isEqualTo("6");
		return version;
	}

	private void complete(String username, Long caseId) {
		var task = this.queries.detail(user(username), caseId).openTask().orElseThrow();
		this.cases.complete(user(username), task.id(), new Completion(task.version(), Outcome.DONE, null, "Lanjutkan",
				Sifat.BIASA, null, null, "Dicatat pada lembar disposisi", null));
	}

	private Long start(String perihal) {
		return this.cases.start(user("kasi.kerjasama.sanggau"), new StartCase("DPMPEMDES-CTADES-01", perihal,
				"Desa Sei Tekam", null, null, LocalDate.now(), Sifat.BIASA));
	}

	private int casesNamed(String perihal) {
		return this.jdbc.queryForObject("select count(*) from case_file where perihal = ?", Integer.class, perihal);
	}

	private int versionsOf(Long caseId) {
		return this.jdbc.queryForObject(
				"select count(*) from document_version v join case_document d on d.id = v.document_id where d.case_id = ?",
				Integer.class, caseId);
	}

	private int parafsOf(Long versionId) {
		return this.jdbc.queryForObject("select count(*) from paraf where version_id = ?", Integer.class, versionId);
	}

	private Long caseOfVersion(Long versionId) {
		return this.jdbc.queryForObject(
				"select d.case_id from document_version v join case_document d on d.id = v.document_id where v.id = ?",
				Long.class, versionId);
	}

	private AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

}
