package id.alurkerja.casework.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.Delegate;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The case pages over HTTP: who sees what, forms that keep what was typed, conflicts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CasePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseService cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory directory;

	@Test
	void aUserOfAnotherOfficeGetsNotFoundForTheCaseAndItsActions() {
		Long id = start("kasi.kerjasama.sanggau", "Milik Sanggau");
		WebSession lamandau = WebSession.signedIn(this.port, "sekda.lamandau");
		HttpResponse<String> page = lamandau.get("/cases/" + id);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Milik Sanggau");
		Long taskId = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow().id();
		HttpResponse<String> act = lamandau.post("/cases/" + id + "/tasks/" + taskId + "/complete",
				lamandau.form("/inbox", Map.of("version", "0", "outcome", "DONE")));
		assertThat(act.statusCode()).isEqualTo(404);
	}

	@Test
	void whileADispositionIsOutTheOwnerIsToldWhyTheStepCannotCompleteYet() {
		AlurUser kadis = user("kadis.sanggau");
		Long id = this.cases.start(kadis, new StartCase("DPMPEMDES-PK-01", "Disposisi belum kembali",
				"Sekretariat Daerah", null, null, LocalDate.now(), Sifat.BIASA));
		var detail = this.queries.detail(kadis, id);
		Long below = this.queries.panel(kadis, detail).delegateTo().get(0).positionId();
		this.cases.delegate(kadis, detail.openTask().orElseThrow().id(),
				new Delegate(below, null, "Siapkan bahan", Sifat.BIASA, null, null));
		Document page = Jsoup.parse(WebSession.signedIn(this.port, "kadis.sanggau").get("/cases/" + id).body());
		assertThat(page.select("form[action$=/complete]")).isEmpty();
		assertThat(page.select("[data-blocked=complete]").text()).contains("belum dilaporkan kembali");
	}

	@Test
	void anActionWithoutCsrfTokenIsRefused() {
		Long id = start("kasi.kerjasama.sanggau", "Tanpa token");
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Long taskId = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow().id();
		HttpResponse<String> refused = kasi.post("/cases/" + id + "/tasks/" + taskId + "/complete",
				Map.of("version", "0", "outcome", "DONE", "outputMissingReason", "x"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow().stepNo())
			.isEqualTo("1");
	}

	@Test
	void aMissingOutputIsAskedForOnThePageAndTheArahanTypedIsKept() {
		Long id = start("kasi.kerjasama.sanggau", "Output belum ada");
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		var task = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow();
		HttpResponse<String> page = kasi.post("/cases/" + id + "/tasks/" + task.id() + "/complete",
				kasi.form("/cases/" + id, Map.of("version", Long.toString(task.version()), "outcome", "DONE", "arahan",
						"Mohon arahan Bapak Bupati")));
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("#outputMissingReason-error").text()).contains("Output langkah ini")
			.contains("Rancangan Permakades");
		assertThat(html.select("#arahan").text()).isEqualTo("Mohon arahan Bapak Bupati");
	}

	@Test
	void whoeverActsSecondSeesTheConflictPageWithWhatTheyTyped() {
		Long id = start("kasi.kerjasama.sanggau", "Konflik");
		WebSession first = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		var task = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow();
		Map<String, String> fields = first.form("/cases/" + id, Map.of("version", Long.toString(task.version()),
				"outcome", "DONE", "arahan", "Arahan pertama", "outputMissingReason", "Lisan"));
		WebSession second = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Map<String, String> secondFields = second.form("/cases/" + id, Map.of("version", Long.toString(task.version()),
				"outcome", "DONE", "arahan", "Arahan kedua yang panjang", "outputMissingReason", "Lisan"));
		assertThat(first.post("/cases/" + id + "/tasks/" + task.id() + "/complete", fields).statusCode())
			.isEqualTo(302);
		HttpResponse<String> conflict = second.post("/cases/" + id + "/tasks/" + task.id() + "/complete", secondFields);
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document html = Jsoup.parse(conflict.body());
		assertThat(html.select("main").text()).contains("sudah diselesaikan oleh Yosef Hendra Wibisono, S.AP");
		assertThat(html.select("textarea").text()).contains("Arahan kedua yang panjang");
	}

	@Test
	void theCasePageDrawsTheSopFlowchartWithTheCasePathMarked() {
		Long id = start("kasi.kerjasama.sanggau", "Alur ditandai");
		var task = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow();
		this.cases.complete(user("kasi.kerjasama.sanggau"), task.id(),
				Completion.done(task.version()).withoutOutput("Lisan"));
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Document page = Jsoup.parse(kasi.get("/cases/" + id).body());
		assertThat(page.select("table.case-chart tbody tr")).hasSize(9);
		assertThat(page.select("tr.step-done[data-step=1] svg g.step[data-step=1] rect.terminator")).hasSize(1);
		assertThat(page.select("tr.step-current[data-step=2] svg g.step[data-step=2] rect.process")).hasSize(1);
		assertThat(page.select("tr.step-todo[data-step=10]")).hasSize(1);
		assertThat(page.select("tr[aria-current=step]").attr("data-step")).isEqualTo("2");
	}

	@Test
	void theInboxListsTheTaskAndTheBadgeCountsIt() {
		Long id = start("kasi.kerjasama.sanggau", "Tampil di kotak masuk");
		String number = this.queries.detail(user("kasi.kerjasama.sanggau"), id).summary().registrationNo();
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		Document inbox = Jsoup.parse(kasi.get("/inbox?q=" + number.replace("/", "%2F")).body());
		assertThat(inbox.select("tbody tr")).hasSize(1);
		assertThat(inbox.select("tbody tr").text()).contains(number, "Tampil di kotak masuk", "Baru");
		String badge = Jsoup.parse(kasi.get("/inbox/count").body()).text();
		assertThat(Integer.parseInt(badge.trim())).isPositive();
	}

	@Test
	void theLembarDisposisiPrintsTheFieldsAndComesAsPdf() {
		Long id = start("kasi.kerjasama.sanggau", "Lembar disposisi");
		var task = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow();
		this.cases.complete(user("kasi.kerjasama.sanggau"), task.id(), new Completion(task.version(), Outcome.DONE,
				null, "Mohon petunjuk", Sifat.SEGERA, LocalDate.now().plusDays(3), null, "Lisan", null));
		var next = this.queries.detail(user("kasi.kerjasama.sanggau"), id).openTask().orElseThrow();
		WebSession kasi = WebSession.signedIn(this.port, "kasi.kerjasama.sanggau");
		String sheet = Jsoup.parse(kasi.get("/cases/" + id + "/disposisi/" + next.id()).body()).select("main").text();
		assertThat(sheet).contains("LEMBAR DISPOSISI", "Desa Sei Tekam", "Lembar disposisi", "Segera", "Bupati Sanggau",
				"Mohon petunjuk", "Yosef Hendra Wibisono, S.AP");
		HttpResponse<String> pdf = kasi.get("/cases/" + id + "/disposisi/" + next.id() + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
	}

	@Test
	void disposisiKeluarShowsEachBranchAsItStandsAndRecallsOnlyAnUnreadOne() {
		AlurUser kadis = user("kadis.sanggau");
		Long id = this.cases.start(kadis, new StartCase("DPMPEMDES-PK-01", "Disposisi ke dua bidang",
				"Sekretariat Daerah", null, null, LocalDate.now(), Sifat.BIASA));
		var detail = this.queries.detail(kadis, id);
		var targets = this.queries.panel(kadis, detail).delegateTo();
		Long apd = targets.stream()
			.filter(p -> p.title().contains("Administrasi"))
			.findFirst()
			.orElseThrow()
			.positionId();
		Long kerjasama = targets.stream()
			.filter(p -> p.title().startsWith("Kepala Bidang Penataan"))
			.findFirst()
			.orElseThrow()
			.positionId();
		this.cases.delegate(kadis, detail.openTask().orElseThrow().id(),
				new Delegate(
						List.of(new Delegate.Recipient(apd, null, true),
								new Delegate.Recipient(kerjasama, null, false)),
						List.of("Tanggapan dan saran", "Koordinasikan"), "Bahas minggu ini", Sifat.SEGERA, null, null));
		WebSession session = WebSession.signedIn(this.port, "kadis.sanggau");
		Document sent = Jsoup.parse(session.get("/disposisi/keluar").body());
		assertThat(sent.select("tr[data-state=BELUM_DIBACA]")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(sent.select("tbody tr").first().text()).contains("Tanggapan dan saran", "Koordinasikan",
				"Bahas minggu ini");
		// the Kabid APD opens the case: their branch is read, the tembusan not
		assertThat(WebSession.signedIn(this.port, "kabid.apd.sanggau").get("/cases/" + id).statusCode()).isEqualTo(200);
		sent = Jsoup.parse(session.get("/disposisi/keluar").body());
		var read = sent.select("tr:has(a[href=/cases/" + id + "]):has(td:contains(Administrasi))").first();
		var copy = sent.select("tr:has(a[href=/cases/" + id + "]):has(td:contains(Penataan))").first();
		assertThat(read.attr("data-state")).isEqualTo("DIBACA");
		assertThat(read.select("form")).isEmpty();
		assertThat(copy.attr("data-state")).isEqualTo("BELUM_DIBACA");
		assertThat(copy.text()).contains("tembusan");
		HttpResponse<String> recalled = session.post(copy.select("form").attr("action"),
				session.form("/disposisi/keluar", Map.of("token", copy.select("input[name=token]").val())));
		assertThat(WebSession.location(recalled)).endsWith("/disposisi/keluar");
		assertThat(Jsoup.parse(session.get("/disposisi/keluar").body())
			.select("tr[data-delegation=" + copy.attr("data-delegation") + "]")
			.attr("data-state")).isEqualTo("DITARIK");
		// a read branch cannot be taken back: the conflict page says why
		HttpResponse<String> refused = session.post("/disposisi/keluar/" + read.attr("data-delegation") + "/recall",
				session.form("/disposisi/keluar", Map.of()));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("sudah dibaca");
		// another person cannot recall the Kadis's branch either
		WebSession kabid = WebSession.signedIn(this.port, "kabid.apd.sanggau");
		HttpResponse<String> stranger = kabid.post("/disposisi/keluar/" + read.attr("data-delegation") + "/recall",
				kabid.form("/disposisi/keluar", Map.of()));
		assertThat(stranger.statusCode()).isEqualTo(403);
		assertThat(stranger.body()).doesNotContain("sudah dibaca");
	}

	@Test
	void theNewCaseFormShowsWhoActsInEachLaneForTheChosenVillageAndRefusesOneWhoseHeadHasNoAccount() {
		AlurUser kasi = user("kasi.ppmd.benualima");
		WebSession session = WebSession.signedIn(this.port, "kasi.ppmd.benualima");
		Document form = Jsoup.parse(session.get("/cases/new?sop=BTM-PPMD-01").body());
		// no village chosen yet: the fixed lane is named, the village's head waits for it
		assertThat(form.select("#lane-actors").text()).contains("Lilis Suryani",
				"Kepala Desa: ditentukan dari unit asal yang Anda pilih");
		assertThat(form.select("#originUnitId").attr("hx-get")).isEqualTo("/cases/new/lanes");
		Long naneng = unit(kasi, "Desa Simpang Naneng");
		Document lanes = Jsoup.parse(session.get("/cases/new/lanes?sopCode=BTM-PPMD-01&originUnitId=" + naneng).body());
		assertThat(lanes.select("#lane-actors").text()).contains("Kepala Desa Simpang Naneng — Yohanes Dunun")
			.doesNotContain("Samuel Iber");
		// Desa Tangkan's head is on the chart without an account: shown in red, and
		// refused
		Long tangkan = unit(kasi, "Desa Tangkan");
		Document refusedLane = Jsoup
			.parse(session.get("/cases/new/lanes?sopCode=BTM-PPMD-01&originUnitId=" + tangkan).body());
		assertThat(refusedLane.select("#lane-actors li.text-danger").text()).contains("Daniel Tingan",
				"belum memiliki akun");
		HttpResponse<String> refused = session.post("/cases",
				session.form("/cases/new?sop=BTM-PPMD-01",
						Map.of("sopCode", "BTM-PPMD-01", "perihal", "Jalan usaha tani Tangkan", "suratDari",
								"Desa Tangkan", "receivedOn", LocalDate.now().toString(), "sifat", "BIASA",
								"originUnitId", tangkan.toString())));
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#originUnitId-error").text()).contains("Kepala Desa", "Daniel Tingan",
				"belum memiliki akun");
		assertThat(page.select("#perihal").val()).isEqualTo("Jalan usaha tani Tangkan");
		assertThat(page.select("#lane-actors li.text-danger").text()).contains("Daniel Tingan");
	}

	private Long unit(AlurUser user, String name) {
		return this.directory.unitByName(user.kabupatenId(), name).orElseThrow().id();
	}

	private Long start(String username, String perihal) {
		return this.cases.start(user(username), new StartCase("DPMPEMDES-CTADES-01", perihal, "Desa Sei Tekam", null,
				null, LocalDate.now(), Sifat.BIASA));
	}

	private AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

}
