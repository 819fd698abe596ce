package id.alurkerja.casework;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.alurkerja.audit.CaseEventView;
import id.alurkerja.audit.CaseHistory;
import id.alurkerja.audit.EventType;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.org.AlurUser;
import id.alurkerja.shared.CaseId;
import id.alurkerja.shared.PersonId;
import id.alurkerja.sop.SopContent;
import org.junit.jupiter.api.BeforeEach;
import id.alurkerja.support.WebModuleBeans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Casework with only the modules it depends on (org, sop, calendar, audit, adminlog,
 * database, pdf, shared; no inbox, reports, simulation or web, and no demo data), on the
 * real PostgreSQL: a case registered on seed 004 (Penyusunan Perjanjian Kinerja) in a
 * kabupaten of its own, its first step taken and completed through {@link CaseService},
 * and what the case and its history (audit) then say. Everything is written in the test's
 * transaction and rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "alur.demo=false")
@Transactional
@Import(WebModuleBeans.class)
class CaseworkModuleTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	CaseService cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	CaseHistory history;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	long kadisPosition;

	long kasiPosition;

	AlurUser kadis;

	AlurUser kasi;

	@Test
	void aCaseRegisteredOnASeedSopIsTakenAndCompletedAndItsHistorySaysSo() {
		Long caseId = this.cases.start(this.kadis, new StartCase("DPMPEMDES-PK-01",
				"Penyusunan Perjanjian Kinerja Tahun 2027", "Sekretariat Daerah", null, null, today(), Sifat.BIASA));

		CaseDetail registered = this.queries.detail(this.kadis, caseId);
		assertThat(registered.summary().status()).isEqualTo(CaseStatus.BERJALAN);
		assertThat(registered.summary().currentStepNo()).isEqualTo("1");
		assertThat(registered.summary().registrationNo()).isEqualTo("UJIBK/%d/00001".formatted(today().getYear()));
		TaskView first = registered.openTask().orElseThrow();
		assertThat(first.stepNo()).isEqualTo("1");
		assertThat(first.positionId()).isEqualTo(this.kadisPosition);
		assertThat(first.takenAt()).isNull();

		this.cases.take(this.kadis, first.id(), first.version());
		TaskView taken = this.queries.detail(this.kadis, caseId).openTask().orElseThrow();
		assertThat(taken.id()).isEqualTo(first.id());
		assertThat(taken.takenAt()).isNotNull();

		this.cases.complete(this.kadis, taken.id(),
				Completion.done(taken.version())
					.withArahan("Kabid APD: koordinasikan penyusunan PK", Sifat.BIASA)
					.withoutOutput("Dicatat pada lembar disposisi di Alur"));

		CaseDetail moved = this.queries.detail(this.kadis, caseId);
		assertThat(moved.summary().status()).isEqualTo(CaseStatus.BERJALAN);
		assertThat(moved.summary().currentStepNo()).isEqualTo("2");
		assertThat(moved.tasks()).extracting(TaskView::stepNo, TaskView::status, TaskView::outcome)
			.containsExactly(tuple("1", TaskStatus.DONE, Outcome.DONE), tuple("2", TaskStatus.OPEN, null));
		TaskView second = moved.openTask().orElseThrow();
		assertThat(second.positionId()).isEqualTo(this.kadisPosition);
		assertThat(second.arahan()).isEqualTo("Kabid APD: koordinasikan penyusunan PK");

		// the history audit kept of it, in order, hash-chained, and what the case page
		// shows
		List<CaseEventView> events = this.history.events(new CaseId(caseId));
		assertThat(events)
			.extracting(CaseEventView::seq, CaseEventView::type, CaseEventView::stepNo, CaseEventView::actorPersonId,
					CaseEventView::actorPositionId)
			.containsExactly(tuple(1, EventType.CASE_STARTED, "1", this.kadis.personId(), this.kadisPosition),
					tuple(2, EventType.TASK_TAKEN, "1", this.kadis.personId(), this.kadisPosition),
					tuple(3, EventType.STEP_COMPLETED, "1", this.kadis.personId(), this.kadisPosition));
		assertThat(events.get(2).outcome()).isEqualTo(Outcome.DONE.name());
		assertThat(this.history.verify(new CaseId(caseId)).intact()).isTrue();
		assertThat(moved.events()).isEqualTo(events);
		assertThat(this.history.actedOn(new CaseId(caseId), new PersonId(this.kadis.personId()))).isTrue();
		assertThat(this.history.actedOn(new CaseId(caseId), new PersonId(this.kasi.personId()))).isFalse();
	}

	private LocalDate today() {
		return LocalDate.now(WIB);
	}

	/**
	 * A kabupaten with the DPMPD's four lane positions of seed 004, its Kepala Dinas and
	 * Kasi with accounts, and the seed published.
	 */
	@BeforeEach
	void organisationAndSop() throws IOException {
		long kabupaten = id("insert into kabupaten (name, code) values ('Kabupaten Uji Modul Berkas', 'UJIBK')");
		long unit = id("""
				insert into unit (kabupaten_id, name, kind, code)
				values (?, 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa', 'DINAS', 'DPMPD')""", kabupaten);
		this.kadisPosition = position(kabupaten, unit, "kadis-dpmpd", "Kepala Dinas", null, true, 3);
		position(kabupaten, unit, "sekretaris-dpmpd", "Sekretaris", this.kadisPosition, false, 4);
		long kabid = position(kabupaten, unit, "kabid-apd", "Kabid Administrasi Pemerintahan Desa", this.kadisPosition,
				false, 4);
		this.kasiPosition = position(kabupaten, unit, "kasi-keuangan-aset", "Kasi Keuangan dan Aset Desa", kabid, false,
				5);
		this.kadis = holder(kabupaten, this.kadisPosition, "Kepala Dinas Uji", "kadis.ujiberkas");
		this.kasi = holder(kabupaten, this.kasiPosition, "Kasi Uji", "kasi.ujiberkas");
		long sop = id(
				"insert into sop (kabupaten_id, unit_id, code, form) values (?, ?, 'DPMPEMDES-PK-01', 'FLOWCHART')",
				kabupaten, unit);
		this.jdbc.update("""
				insert into sop_revision (sop_id, number, status, name, published_at, content)
				values (?, 1, 'PUBLISHED', 'Penyusunan Perjanjian Kinerja', now(), cast(? as jsonb))""", sop,
				seedContent("sop/seeds/004-perjanjian-kinerja.yaml"));
	}

	private long position(long kabupaten, long unit, String code, String title, Long superior, boolean head, int rank) {
		return id("""
				insert into position (kabupaten_id, unit_id, code, title, superior_id, unit_head, rank)
				values (?, ?, ?, ?, ?, ?, ?)""", kabupaten, unit, code, title, superior, head, rank);
	}

	/** A person holding the position definitively, with an account, as org loads them. */
	private AlurUser holder(long kabupaten, long position, String name, String username) {
		long person = id("insert into person (kabupaten_id, name) values (?, ?)", kabupaten, name);
		this.jdbc.update("""
				insert into position_assignment (kabupaten_id, position_id, person_id, kind, start_date)
				values (?, ?, ?, 'DEFINITIF', date '2020-01-01')""", kabupaten, position, person);
		this.jdbc.update("insert into user_account (person_id, username, password_hash) values (?, ?, '{noop}-')",
				person, username);
		return (AlurUser) this.users.loadUserByUsername(username);
	}

	private long id(String insert, Object... args) {
		return this.jdbc.queryForObject(insert + " returning id", Long.class, args);
	}

	/** A seed file's SOP content, as the sop module stores it. */
	private static String seedContent(String seed) throws IOException {
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource(seed).getInputStream()) {
			ObjectNode file = (ObjectNode) yaml.readTree(in);
			for (String placement : List.of("code", "kabupaten", "unit", "form", "revision")) {
				file.remove(placement);
			}
			SopContent content = yaml.treeToValue(file, SopContent.class);
			return JsonMapper.builder().build().writeValueAsString(content);
		}
	}

}
