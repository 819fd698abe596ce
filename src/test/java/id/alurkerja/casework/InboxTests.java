package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import id.alurkerja.casework.WorkQueries.InboxFilter;
import id.alurkerja.casework.WorkQueries.InboxView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kotak masuk as an official reads it: a disposisi arrives with its sender,
 * instruction, sifat and tenggat, unread until the case is opened; the report coming back
 * is the sender's to review; every counter is the total of the list it filters.
 */
@SpringBootTest
@Import(CaseworkFixture.class)
class InboxTests {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	CaseworkFixture f;

	@Autowired
	WorkQueries work;

	@Autowired
	Reading reading;

	@Test
	void aDisposisiArrivesWithItsSenderInstructionSifatAndTenggatUnreadUntilOpenedAndItsReportComesBack() {
		Long id = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Disposisi dengan tenggat", "Sekretariat Daerah",
				Sifat.BIASA);
		CaseDetail detail = this.f.detail("kadis.sanggau", id);
		var task = detail.openTask().orElseThrow();
		Long kabid = this.f.queries.panel(this.f.user("kadis.sanggau"), detail)
			.delegateTo()
			.stream()
			.filter(p -> p.title().startsWith("Kepala Bidang Administrasi"))
			.findFirst()
			.orElseThrow()
			.positionId();
		LocalDate tenggat = LocalDate.now(WIB).plusDays(1);
		this.f.cases.delegate(this.f.user("kadis.sanggau"), task.id(), new Delegate(kabid, null,
				"Siapkan bahan rapat\nLampirkan data tahun lalu", Sifat.SEGERA, tenggat, UUID.randomUUID()));

		InboxItem row = row("kabid.apd.sanggau", id);
		assertThat(row.delegated()).isTrue();
		assertThat(row.action()).isEqualTo(InboxItem.Action.TINDAK_LANJUT);
		assertThat(row.fromName()).isEqualTo("Maria Lince Tamba, S.Sos, M.Si");
		assertThat(row.arahanFirstLine()).isEqualTo("Siapkan bahan rapat");
		assertThat(row.stepTitle()).isNotBlank();
		assertThat(row.sifat()).isEqualTo(Sifat.SEGERA);
		Instant endOfTenggat = tenggat.plusDays(1).atStartOfDay(WIB).toInstant();
		assertThat(row.dueAt()).isBeforeOrEqualTo(endOfTenggat);
		assertThat(row.unread()).isTrue();
		// the sifat travels with the case: header and the sender's own row agree
		assertThat(this.f.detail("kadis.sanggau", id).summary().sifat()).isEqualTo(Sifat.SEGERA);
		assertThat(row("kadis.sanggau", id).sifat()).isEqualTo(Sifat.SEGERA);

		this.reading.opened(this.f.user("kabid.apd.sanggau"), id);
		assertThat(row("kabid.apd.sanggau", id).unread()).isFalse();
		this.reading.opened(this.f.user("kadis.sanggau"), id);
		assertThat(row("kadis.sanggau", id).unread()).isFalse();

		Long delegation = this.f.detail("kabid.apd.sanggau", id).delegations().get(0).id();
		this.f.cases.reportBack(this.f.user("kabid.apd.sanggau"), delegation, "Bahan sudah siap", UUID.randomUUID());
		InboxItem back = row("kadis.sanggau", id);
		assertThat(back.action()).isEqualTo(InboxItem.Action.PERIKSA_LAPORAN);
		assertThat(back.unread()).as("the report arrived after the Kadis last opened the case").isTrue();
		assertThat(this.work.inbox(this.f.user("kabid.apd.sanggau"), new InboxFilter(null, null, null, null), 0)
			.rows()
			.stream()
			.noneMatch(r -> r.caseId().equals(id))).as("reported: no longer the Kabid's to follow up").isTrue();
	}

	@Test
	void aTenggatGivenWithSelesaikanBecomesTheNextActorsDueTimeAndTheSifatStays() {
		Long id = this.f.start("kasi.kerjasama.sanggau", "DPMPEMDES-CTADES-01", "Tenggat langkah berikut",
				"Desa Sei Tekam", Sifat.BIASA);
		var task = this.f.open("kasi.kerjasama.sanggau", id);
		LocalDate tenggat = LocalDate.now(WIB).plusDays(1);
		this.f.cases.complete(this.f.user("kasi.kerjasama.sanggau"), task.id(), new Completion(task.version(),
				Outcome.DONE, null, "Mohon petunjuk", Sifat.SEGERA, tenggat, null, "Lisan", null));
		var next = this.f.open("kasi.kerjasama.sanggau", id);
		// the Bupati's step has 1-7 working days: the tenggat of tomorrow is earlier
		assertThat(next.dueAt()).isEqualTo(tenggat.plusDays(1).atStartOfDay(WIB).toInstant());
		assertThat(this.f.detail("kasi.kerjasama.sanggau", id).summary().sifat()).isEqualTo(Sifat.SEGERA);
		// the next step, completed without naming a sifat, keeps the case's
		this.f.done(holderOf(next), id);
		assertThat(this.f.detail("kasi.kerjasama.sanggau", id).summary().sifat()).isEqualTo(Sifat.SEGERA);
	}

	private String holderOf(CaseDetail.TaskView task) {
		return this.f.jdbc.queryForObject("""
				select a.username from user_account a join position_assignment pa on pa.person_id = a.person_id
				where pa.position_id = (select position_id from task where id = ?) and pa.kind = 'DEFINITIF'
				limit 1""", String.class, task.id());
	}

	@Test
	void everyCounterIsTheTotalOfTheListItFilters() {
		// a mixed inbox: own steps, a disposisi received, a paraf asked, late work
		Long own = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Tugas sendiri", "Uji", Sifat.BIASA);
		Long late = this.f.start("kadis.sanggau", "DPMPEMDES-PK-01", "Tugas terlambat", "Uji", Sifat.BIASA);
		this.f.jdbc.update("update task set due_at = now() - interval '3 days' where case_id = ? and status = 'OPEN'",
				late);
		this.reading.opened(this.f.user("kadis.sanggau"), own);
		for (String username : new String[] { "kadis.sanggau", "kabid.apd.sanggau", "kasi.keuangan.sanggau" }) {
			Map<InboxView, Long> counts = this.work.inboxCounts(this.f.user(username));
			for (InboxView view : InboxView.values()) {
				long listed = this.work.inbox(this.f.user(username), new InboxFilter(null, null, null, null, view), 0)
					.total();
				assertThat(counts.get(view)).as(username + " " + view).isEqualTo(listed);
			}
			assertThat(this.work.inboxTotal(this.f.user(username))).isEqualTo(counts.get(InboxView.SEMUA));
		}
		Map<InboxView, Long> kadis = this.work.inboxCounts(this.f.user("kadis.sanggau"));
		assertThat(kadis.get(InboxView.TERLAMBAT)).isPositive();
		assertThat(kadis.get(InboxView.BELUM_DIBACA)).isLessThan(kadis.get(InboxView.SEMUA));
		assertThat(row("kadis.sanggau", late).state()).isEqualTo(TaskState.TERLAMBAT);
		assertThat(row("kadis.sanggau", own).unread()).isFalse();
	}

	private InboxItem row(String username, Long caseId) {
		String number = this.f.detail(username, caseId).summary().registrationNo();
		return this.work.inbox(this.f.user(username), new InboxFilter(null, null, null, number), 0)
			.rows()
			.stream()
			.filter(r -> r.caseId().equals(caseId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(username + " has no row for " + number));
	}

}
