package id.alurkerja.org;

import java.time.LocalDate;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Several kabupaten share one installation; their data never mixes. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganisationIsolationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrgDirectory directory;

	@Test
	void lamandauUserSeesOnlyLamandauInTheListing() {
		WebSession session = new WebSession(this.port);
		session.login("sekda.lamandau", "alurdemo");
		String page = Jsoup.parse(session.get("/org").body()).select("main").text();
		assertThat(page).contains("Kabupaten Lamandau", "Bagian Pemerintahan", "Pelaksana Sekretariat TKKSD",
				"Dedi Kurniawan, S.IP");
		assertThat(page).doesNotContain("Sanggau", "Seksi Kerjasama Desa", "Maria Lince Tamba", "Benua Lima");
	}

	@Test
	void lamandauUserGetsNotFoundForSanggauUnitsAndPeopleById() {
		Long sanggau = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		Long lamandau = this.directory.kabupatenByName("Kabupaten Lamandau").orElseThrow().id();
		UnitView sanggauUnit = this.directory.unitByName(sanggau, "Seksi Kerjasama Desa").orElseThrow();
		PersonView sanggauPerson = this.directory.people(sanggau).get(0);
		UnitView lamandauUnit = this.directory.unitByName(lamandau, "Bagian Pemerintahan").orElseThrow();

		WebSession session = new WebSession(this.port);
		session.login("tkksd.lamandau", "alurdemo");
		assertThat(session.get("/org/units/" + lamandauUnit.id()).statusCode()).isEqualTo(200);
		var unitResponse = session.get("/org/units/" + sanggauUnit.id());
		assertThat(unitResponse.statusCode()).isEqualTo(404);
		assertThat(unitResponse.body()).doesNotContain("Seksi Kerjasama Desa");
		assertThat(session.get("/org/people/" + sanggauPerson.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void directoryLookupsAreScopedByKabupaten() {
		Long sanggau = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		Long lamandau = this.directory.kabupatenByName("Kabupaten Lamandau").orElseThrow().id();
		PositionView kadis = this.directory.positionByCode(sanggau, "kadis-dpmpd").orElseThrow();
		assertThat(this.directory.position(lamandau, kadis.id())).isEmpty();
		assertThat(this.directory.positionByCode(lamandau, "kadis-dpmpd")).isEmpty();
		assertThat(this.directory.units(lamandau)).allSatisfy(u -> assertThat(u.kabupatenId()).isEqualTo(lamandau));
	}

	@Test
	void unitPageShowsPositionsWithTheirHolders() {
		Long sanggau = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		UnitView seksi = this.directory.unitByName(sanggau, "Seksi Kerjasama Desa").orElseThrow();
		WebSession session = new WebSession(this.port);
		session.login("staf.kerjasama.sanggau", "alurdemo");
		String page = Jsoup.parse(session.get("/org/units/" + seksi.id()).body()).select("main").text();
		assertThat(page).contains("Kepala Seksi Kerjasama Desa", "Yosef Hendra Wibisono, S.AP",
				"Pengadministrasi Kerjasama Desa", "Rina Marlina, A.Md", "Bidang Penataan dan Kerjasama Desa");
	}

	@Test
	void personPageKeepsPastActingAssignments() {
		Long sanggau = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		PersonView sekretaris = this.directory.people(sanggau)
			.stream()
			.filter(p -> p.name().startsWith("Agustinus Riyadi"))
			.findFirst()
			.orElseThrow();
		assertThat(this.directory.holdingsOf(sekretaris.id())).extracting(Holding::positionLabel)
			.contains("Plh. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa");
		// the Plh. of March 2026 is over: today the Sekretaris holds only his own
		// position
		assertThat(this.directory.positionsHeldBy(sekretaris.id(), LocalDate.of(2026, 11, 23)))
			.extracting(Holding::positionLabel)
			.containsExactly("Sekretaris Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa");
		assertThat(this.directory.positionsHeldBy(sekretaris.id(), LocalDate.of(2026, 3, 5)))
			.extracting(Holding::positionLabel)
			.containsExactly("Plh. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa",
					"Sekretaris Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa");

		WebSession session = new WebSession(this.port);
		session.login("kadis.sanggau", "alurdemo");
		assertThat(Jsoup.parse(session.get("/org/people/" + sekretaris.id()).body()).select("main").text())
			.contains("Plh. Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa");
	}

}
