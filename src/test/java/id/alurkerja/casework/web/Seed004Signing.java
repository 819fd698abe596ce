package id.alurkerja.casework.web;

import java.time.LocalDate;

import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.DocumentService;
import id.alurkerja.casework.Outcome;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.StartCase;
import id.alurkerja.org.AlurUser;
import id.alurkerja.support.TestDocuments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004 brought to row 7, where the Kepala Dinas signs the Perjanjian Kinerja. */
abstract class Seed004Signing {

	static final String PASSWORD = "alurdemo";

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

	record AtRow7(Long caseId, Long versionId, Long unitId, int counter) {
	}

	/** The draft of row 5 is {@code revision} (a PDF, or a DOCX not converted yet). */
	AtRow7 seed004AtRow7(String perihal, String fileName, byte[] revision) {
		AlurUser kadis = user("kadis.sanggau");
		Long id = this.cases.start(kadis, new StartCase("DPMPEMDES-PK-01", perihal, "Sekretariat Daerah", null, null,
				LocalDate.now(), Sifat.BIASA));
		done("kadis.sanggau", id);
		done("kadis.sanggau", id);
		AlurUser kasi = user("kasi.keuangan.sanggau");
		this.documents.upload(kasi, id, null, null, "pk.docx", TestDocuments.docx());
		done("kasi.keuangan.sanggau", id);
		done("kasi.keuangan.sanggau", id);
		Long v2 = this.documents.upload(kasi, id, null, null, fileName, revision);
		done("kasi.keuangan.sanggau", id);
		this.documents.paraf(user("kabid.apd.sanggau"), v2);
		this.documents.paraf(user("sekretaris.sanggau"), v2);
		done("kasi.keuangan.sanggau", id);
		assertThat(open("kadis.sanggau", id).stepNo()).isEqualTo("7");
		Long unitId = this.queries.actor(kadis).senior().orElseThrow().position().unitId();
		return new AtRow7(id, v2, unitId, counter(unitId));
	}

	void done(String username, Long caseId) {
		TaskView task = open(username, caseId);
		this.cases.complete(user(username), task.id(), new Completion(task.version(), Outcome.DONE, null, null,
				Sifat.BIASA, null, null, "Dicatat pada lembar disposisi di Alur", null));
	}

	TaskView open(String username, Long caseId) {
		return this.queries.detail(user(username), caseId).openTask().orElseThrow();
	}

	CaseDetail.VersionView version(String username, Long caseId, Long versionId) {
		return this.queries.detail(user(username), caseId)
			.documents()
			.stream()
			.flatMap(d -> d.versions().stream())
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow();
	}

	AlurUser user(String username) {
		return (AlurUser) this.users.loadUserByUsername(username);
	}

	int counter(Long unitId) {
		return this.jdbc.queryForObject(
				"select coalesce(max(last), 0) from number_counter where unit_id = ? and year = extract(year from now())",
				Integer.class, unitId);
	}

	int signedFiles(Long versionId) {
		return this.jdbc.queryForObject("select count(*) from tte_signed_file where source_version_id = ?",
				Integer.class, versionId);
	}

}
