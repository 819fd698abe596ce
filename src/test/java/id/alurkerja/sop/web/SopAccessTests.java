package id.alurkerja.sop.web;

import id.alurkerja.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader sees the SOPs of their own kabupaten only; others do not exist for them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopAccessTests {

	@LocalServerPort
	int port;

	@Test
	void lamandauUserGetsNotFoundForASanggauSopItsPdfAndItsRevisions() {
		WebSession session = new WebSession(this.port);
		session.login("sekda.lamandau", SeedSop.PASSWORD);
		for (String path : new String[] { "/sop/DPMPEMDES-CTADES-01", "/sop/DPMPEMDES-CTADES-01/pdf",
				"/sop/DPMPEMDES-CTADES-01/revisions/1", "/sop/DPMPEMDES-CTADES-01/revisions/1/pdf" }) {
			var response = session.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Pelayanan Kerjasama Antar Desa", "196990608");
		}
		assertThat(session.get("/sop/LMD-KSAD-01").statusCode()).isEqualTo(200);
	}

	@Test
	void sanggauUserGetsNotFoundForTheNarrativeSopOfBaritoTimur() {
		WebSession session = new WebSession(this.port);
		session.login("kadis.sanggau", SeedSop.PASSWORD);
		assertThat(session.get("/sop/BTM-PPMD-01").statusCode()).isEqualTo(404);
		assertThat(session.get("/sop/BTM-PPMD-01/pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void unknownCodeIsNotFound() {
		WebSession session = new WebSession(this.port);
		session.login("kadis.sanggau", SeedSop.PASSWORD);
		assertThat(session.get("/sop/TIDAK-ADA-99").statusCode()).isEqualTo(404);
		assertThat(session.get("/sop/TIDAK-ADA-99/pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void signedOutVisitorIsSentToTheLoginPage() {
		var response = new WebSession(this.port).get("/sop/DPMPEMDES-CTADES-01/pdf");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(response)).endsWith("/login");
	}

}
