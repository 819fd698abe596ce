package id.alurkerja.sop.admin;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.alurkerja.sop.LaneBinding;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lane bound in the editor to the case's origin unit (issue 15): chosen from the kinds
 * of binding and unit, saved into the draft, and previewed in plain words for the first
 * unit the SOP serves, by the rule the cases follow.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopEditorLaneBindingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLaneBoundToTheOriginIsSavedAndPreviewedForTheFirstVillageTheSopServes() {
		Browser admin = new Browser(this.port, "admin.sanggau");
		String code = "UJI-ASAL-" + ThreadLocalRandom.current().nextInt(100000, 999999);
		SopEditorSteps.createFiveStepSop(admin, code);
		String draft = "/admin/sop/" + code + "/draft";

		// the Kasi's lane becomes the Kepala Desa of the case's village
		SopEditorSteps.post(admin, draft, ".sop-lane[data-lane=L1] form", Map.of("name", "Kepala Desa", "position", "",
				"binding", "ORIGIN_HEAD", "originKind", "DESA", "op", "SET"));
		Document page = admin.page(draft);
		assertThat(page.select(".sop-lane[data-lane=L1] select[name=binding] option[selected]").val())
			.isEqualTo("ORIGIN_HEAD");
		// a dinas under the pemda serves every desa of the kabupaten: the preview names
		// the first of Sanggau's three
		assertThat(page.select(".sop-lane[data-lane=L1] .admin-lane-preview").text())
			.isEqualTo("Contoh, untuk Desa Bungkang: Theresia Inai, Kepala Desa Bungkang.");
		assertThat(this.jdbc.queryForObject(
				"""
						select r.content -> 'lanes' -> 0 -> 'binding' ->> 'kind' from sop_revision r join sop s on s.id = r.sop_id
						where s.code = ? and r.status = 'DRAFT'""",
				String.class, code))
			.isEqualTo(LaneBinding.Kind.ORIGIN_HEAD.name());

		// the head of the unit above the village: its Camat
		SopEditorSteps.post(admin, draft, ".sop-lane[data-lane=L1] form", Map.of("name", "Camat", "position", "",
				"binding", "ORIGIN_PARENT_HEAD", "originKind", "DESA", "op", "SET"));
		assertThat(admin.page(draft).select(".sop-lane[data-lane=L1] .admin-lane-preview").text())
			.isEqualTo("Contoh, untuk Desa Bungkang: Andreas Toni Kurniadi, S.STP, Camat Sekayam.");

		// back to a fixed position: no binding, no preview
		SopEditorSteps.post(admin, draft, ".sop-lane[data-lane=L1] form", Map.of("name", "Kepala Seksi Kerjasama Desa",
				"position", "kasi-kerjasama", "binding", "", "op", "SET"));
		assertThat(admin.page(draft).select(".sop-lane[data-lane=L1] .admin-lane-preview")).isEmpty();
	}

}
