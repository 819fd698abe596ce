package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem the validator finds is shown on the editor page, pointing at its step,
 * and blocks publishing. Each case is typed in through the editor's own forms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorValidationTests {

	@LocalServerPort
	int port;

	Browser admin;

	String code;

	String draft;

	@BeforeEach
	void newSop() {
		this.admin = new Browser(this.port, "admin.sanggau");
		this.code = "UJI-VALIDASI-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.create(this.admin, this.code);
		this.draft = "/admin/sop/" + this.code + "/draft";
	}

	@Test
	void anSopWithoutStepsCannotBePublished() {
		assertThat(problems()).containsExactly(entry(null, "SOP belum memiliki langkah."));
		HttpResponse<String> refused = this.admin.submit(this.draft, "#publish-form", Map.of());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select("#problems").text()).contains("SOP belum memiliki langkah.");
		assertThat(this.admin.page("/admin/sop/" + this.code).select("#revisions").text()).contains("draf");
	}

	@Test
	void startEndAndPathProblemsPointAtTheirSteps() {
		lanes();
		steps(3);
		// 1 start, 2 process, 3 process: no end, and 3 leads nowhere
		step(0, "START", "L1", "Menerima surat");
		step(1, "PROCESS", "L1", "Mencatat surat");
		step(2, "PROCESS", "L1", "Meneruskan surat");
		assertThat(problems()).contains(entry(null, "SOP tidak memiliki langkah Selesai."),
				entry("3", "Setelah langkah 3 tidak ada langkah berikutnya"));
		// two starts; no start
		step(1, "START", "L1", "Mencatat surat");
		assertThat(problems()).contains(entry("2", "lebih dari satu langkah Mulai (langkah 1, 2)"));
		step(0, "PROCESS", "L1", "Menerima surat");
		step(1, "PROCESS", "L1", "Mencatat surat");
		assertThat(problems()).contains(entry(null, "SOP tidak memiliki langkah Mulai."));
		// 1 start jumps to 3 (end): 2 is unreachable
		step(0, Map.of("kind", "START", "lane", "L1", "activity", "Menerima surat", "next", "3"));
		step(2, "END", "L1", "Mengarsipkan");
		assertThat(problems()).contains(entry("2", "Langkah 2 tidak dapat dicapai"));
		// 2 loops back to 1 and 1 goes to 2: the end is never reached
		step(0, Map.of("kind", "START", "lane", "L1", "activity", "Menerima surat", "next", "2"));
		step(1, Map.of("kind", "PROCESS", "lane", "L1", "activity", "Mencatat surat", "next", "1"));
		assertThat(problems()).contains(entry("1", "Dari langkah 1 alur tidak pernah sampai"),
				entry("2", "Dari langkah 2 alur tidak pernah sampai"), entry("3", "Langkah 3 tidak dapat dicapai"));
	}

	@Test
	void decisionsNeedBothExitsToExistingSteps() {
		lanes();
		steps(3);
		step(0, "START", "L1", "Menerima surat");
		step(1, "DECISION", "L2", "Memeriksa surat");
		step(2, "END", "L1", "Mengarsipkan");
		assertThat(problems()).contains(entry("2", "belum memiliki jalur Ya dan jalur Tidak"));
		step(1, Map.of("kind", "DECISION", "lane", "L2", "activity", "Memeriksa surat", "ya", "3", "tidak", "1"));
		assertThat(problems()).isEmpty();
		// the form offers only steps of the SOP (SopEditorDutyTests); a target removed
		// afterwards is a problem of the draft
		steps(1);
		step(3, "PROCESS", "L1", "Memperbaiki surat");
		step(1, Map.of("kind", "DECISION", "lane", "L2", "activity", "Memeriksa surat", "ya", "3", "tidak", "4"));
		SopEditorSteps.post(this.admin, this.draft, "#step-3 form", Map.of("op", "REMOVE"));
		assertThat(problems()).contains(entry("2", "Langkah 2 menuju langkah 4 yang tidak ada."));
	}

	@Test
	void stepFieldsLanesAndTimesAreChecked() {
		this.admin.submit(this.draft, "#add-lane", Map.of("name", "Tanpa jabatan", "op", "ADD"));
		steps(2);
		step(0, Map.of("kind", "START", "lane", "", "activity", "", "timeMin", "5", "timeMax", "2", "timeUnit",
				"HARI_KERJA"));
		step(1, Map.of("kind", "END", "lane", "ZZ", "activity", "Selesai", "no", "1", "timeMax", "3"));
		assertThat(problems()).contains(entry(null, "Pelaksana \"Tanpa jabatan\" belum dikaitkan"),
				entry("1", "Langkah 1 tidak memiliki pelaksana."), entry("1", "Langkah 1 tidak memiliki uraian"),
				entry("1", "Waktu minimum pada langkah 1 (5) lebih besar dari waktu maksimum (2)."),
				entry("1", "Nomor langkah 1 dipakai lebih dari sekali."),
				entry("1", "Langkah 1 menunjuk pelaksana \"ZZ\" yang tidak ada."),
				entry("1", "Waktu pada langkah 1 tidak memiliki satuan"));
		step(1, Map.of("kind", "END", "lane", "L1", "activity", "Selesai", "no", "", "timeMin", "0", "timeMax", "0",
				"timeUnit", "JAM"));
		assertThat(problems()).contains(entry(null, "Langkah \"Selesai\" tidak memiliki nomor."));
		step(1, Map.of("kind", "END", "lane", "L1", "activity", "Selesai", "no", "2", "timeMin", "0", "timeMax", "0",
				"timeUnit", "JAM"));
		assertThat(problems()).contains(entry("2", "Waktu pada langkah 2 harus lebih dari nol."));
		// a time that is not a number is refused on the step's page, nothing saved
		HttpResponse<String> invalid = this.admin.submit("/admin/sop/" + this.code + "/draft/steps/1", "#step-form",
				Map.of("timeMax", "tiga"));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(invalid.body()).select("#step-form input[name=timeMax].is-invalid")).hasSize(1);
	}

	@Test
	void aStepWithoutAKindIsReported() {
		lanes();
		steps(2);
		step(0, "START", "L1", "Menerima surat");
		step(1, Map.of("kind", "", "lane", "L1", "activity", "Mengarsipkan"));
		assertThat(problems()).contains(entry("2", "Langkah 2 belum ditentukan jenisnya"));
		// the problem links to the step's row
		Element link = this.admin.page(this.draft).selectFirst("#problems li[data-step=2] a");
		assertThat(link.attr("href")).isEqualTo("#stepno-2");
		assertThat(this.admin.page(this.draft).select("#stepno-2")).hasSize(1);
	}

	private void lanes() {
		SopEditorSteps.post(this.admin, this.draft, "#add-lane",
				Map.of("name", "Kepala Seksi Kerjasama Desa", "position", "kasi-kerjasama", "op", "ADD"));
		SopEditorSteps.post(this.admin, this.draft, "#add-lane",
				Map.of("name", "Kepala Bidang", "position", "kabid-pkd", "op", "ADD"));
	}

	private void steps(int n) {
		for (int i = 0; i < n; i++) {
			SopEditorSteps.post(this.admin, this.draft, "#add-step", Map.of("op", "ADD"));
		}
	}

	private void step(int index, String kind, String lane, String activity) {
		step(index, Map.of("kind", kind, "lane", lane, "activity", activity));
	}

	private void step(int index, Map<String, String> fields) {
		Map<String, String> all = new HashMap<>(
				Map.of("next", "", "ya", "", "tidak", "", "timeMin", "", "timeMax", "", "timeUnit", ""));
		all.putAll(fields);
		SopEditorSteps.step(this.admin, this.code, index, all);
	}

	/** The problems on the editor page as (step, message) pairs. */
	private List<Map.Entry<String, String>> problems() {
		Document page = this.admin.page(this.draft);
		return page.select("#problems li.sop-problem")
			.stream()
			.map(li -> entry(li.attr("data-step").isEmpty() ? null : li.attr("data-step"), li.select("span").text()))
			.toList();
	}

	private static Map.Entry<String, String> entry(String step, String message) {
		return new ProblemEntry(step, message);
	}

	/** Equal when the step matches and the message contains the expected text. */
	record ProblemEntry(String getKey, String getValue) implements Map.Entry<String, String> {

		@Override
		public String setValue(String value) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Map.Entry<?, ?> that && java.util.Objects.equals(this.getKey, that.getKey())
					&& (String.valueOf(that.getValue()).contains(this.getValue)
							|| this.getValue.contains(String.valueOf(that.getValue())));
		}

		@Override
		public int hashCode() {
			return 0;
		}

	}

}
