package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.Holding;
import id.alurkerja.org.PersonView;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitKind;
import id.alurkerja.org.UnitView;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * A small kabupaten written out for the policy tests: Dinas Pendidikan with Bidang SD and
 * its Seksi Kurikulum, and an unrelated Dinas Kesehatan. No Spring, no database.
 */
final class PolicyWorld implements Organisation {

	static final Long KAB = 1L;

	static final Long OTHER_KAB = 2L;

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	// units
	static final Long DINAS_PENDIDIKAN = 10L;

	static final Long BIDANG_SD = 11L;

	static final Long SEKSI_KURIKULUM = 12L;

	static final Long DINAS_KESEHATAN = 20L;

	// a kecamatan with two desa (issue 15: lanes from the case's origin)
	static final Long KECAMATAN = 30L;

	static final Long SEKSI_PMD = 33L;

	static final Long DESA_MAJU = 31L;

	static final Long DESA_SEPI = 32L;

	static final Long CAMAT = 300L;

	static final Long KASI_PMD = 330L;

	static final Long KADES_MAJU = 310L;

	static final Long SEKDES_MAJU = 311L;

	static final Long KADES_SEPI = 320L; // vacant

	// positions (lower rank = more senior)
	static final Long KADIS = 100L;

	static final Long KABID = 110L;

	static final Long KASI = 120L;

	static final Long STAF = 121L;

	static final Long KADINKES = 200L;

	// persons
	static final Long BUDI = 1L; // Kepala Dinas Pendidikan (definitif)

	static final Long SARI = 2L; // Kepala Bidang SD, Plh. Kepala Dinas

	static final Long ANDI = 3L; // Kepala Seksi Kurikulum

	static final Long DEWI = 4L; // staf Seksi Kurikulum

	static final Long EKO = 5L; // staf Seksi Kurikulum

	static final Long RINA = 6L; // Kepala Dinas Kesehatan

	static final Long TONO = 7L; // Plt. Kepala Bidang SD

	static final Long ADMIN = 9L;

	static final Long HADI = 10L; // Camat

	static final Long JONO = 11L; // Kepala Desa Maju

	static final Long LINA = 12L; // Sekretaris Desa Maju

	private final Map<Long, UnitView> units = new LinkedHashMap<>();

	private final Map<Long, PositionView> positions = new LinkedHashMap<>();

	private final Map<Long, PersonView> persons = new LinkedHashMap<>();

	private final List<Holding> holdings = new ArrayList<>();

	private final java.util.Set<Long> withoutAccount = new java.util.HashSet<>();

	PolicyWorld() {
		unit(DINAS_PENDIDIKAN, null, "Dinas Pendidikan", UnitKind.DINAS);
		unit(BIDANG_SD, DINAS_PENDIDIKAN, "Bidang SD", UnitKind.BIDANG);
		unit(SEKSI_KURIKULUM, BIDANG_SD, "Seksi Kurikulum", UnitKind.SEKSI);
		unit(DINAS_KESEHATAN, null, "Dinas Kesehatan", UnitKind.DINAS);
		unit(KECAMATAN, null, "Kecamatan Tengah", UnitKind.KECAMATAN);
		unit(SEKSI_PMD, KECAMATAN, "Seksi PMD", UnitKind.SEKSI);
		unit(DESA_MAJU, KECAMATAN, "Desa Maju", UnitKind.DESA);
		unit(DESA_SEPI, KECAMATAN, "Desa Sepi", UnitKind.DESA);
		position(KADIS, DINAS_PENDIDIKAN, "KADIS", "Kepala Dinas Pendidikan", null, true, 1);
		position(KABID, BIDANG_SD, "KABID-SD", "Kepala Bidang SD", KADIS, true, 2);
		position(KASI, SEKSI_KURIKULUM, "KASI-KUR", "Kepala Seksi Kurikulum", KABID, true, 3);
		position(STAF, SEKSI_KURIKULUM, "STAF-KUR", "Pengelola Kurikulum", KASI, false, 4);
		position(KADINKES, DINAS_KESEHATAN, "KADINKES", "Kepala Dinas Kesehatan", null, true, 1);
		position(CAMAT, KECAMATAN, "CAMAT", "Camat Tengah", null, true, 4);
		position(KASI_PMD, SEKSI_PMD, "KASI-PMD", "Kepala Seksi PMD", CAMAT, true, 6);
		position(KADES_MAJU, DESA_MAJU, "KADES-MAJU", "Kepala Desa Maju", CAMAT, true, 9);
		position(SEKDES_MAJU, DESA_MAJU, "SEKDES-MAJU", "Sekretaris Desa Maju", KADES_MAJU, false, 10);
		position(KADES_SEPI, DESA_SEPI, "KADES-SEPI", "Kepala Desa Sepi", CAMAT, true, 9);
		person(BUDI, "Budi");
		person(SARI, "Sari");
		person(ANDI, "Andi");
		person(DEWI, "Dewi");
		person(EKO, "Eko");
		person(RINA, "Rina");
		person(TONO, "Tono");
		person(ADMIN, "Admin");
		person(HADI, "Hadi");
		person(JONO, "Jono");
		person(LINA, "Lina");
		hold(KADIS, BUDI, AssignmentKind.DEFINITIF);
		hold(KABID, SARI, AssignmentKind.DEFINITIF);
		hold(KADIS, SARI, AssignmentKind.PLH);
		hold(KABID, TONO, AssignmentKind.PLT);
		hold(KASI, ANDI, AssignmentKind.DEFINITIF);
		hold(STAF, DEWI, AssignmentKind.DEFINITIF);
		hold(STAF, EKO, AssignmentKind.DEFINITIF);
		hold(KADINKES, RINA, AssignmentKind.DEFINITIF);
		hold(CAMAT, HADI, AssignmentKind.DEFINITIF);
		hold(KADES_MAJU, JONO, AssignmentKind.DEFINITIF);
		hold(SEKDES_MAJU, LINA, AssignmentKind.DEFINITIF);
	}

	private void unit(Long id, Long parentId, String name, UnitKind kind) {
		this.units.put(id, new UnitView(id, KAB, parentId, name, kind, "U" + id));
	}

	private void position(Long id, Long unitId, String code, String title, Long superiorId, boolean head, int rank) {
		this.positions.put(id,
				new PositionView(id, KAB, unitId, this.units.get(unitId).name(), code, title, superiorId, head, rank));
	}

	private void person(Long id, String name) {
		this.persons.put(id, new PersonView(id, KAB, name, null, null, null, name.toLowerCase() + "@example.id"));
	}

	private void hold(Long positionId, Long personId, AssignmentKind kind) {
		this.holdings.add(holding(positionId, personId, kind));
	}

	Holding holding(Long positionId, Long personId, AssignmentKind kind) {
		return new Holding(this.positions.get(positionId), this.persons.get(personId), kind, TODAY.minusMonths(1),
				null);
	}

	/** A person as casework sees them today, with every position they hold. */
	Actor actor(Long personId) {
		List<Holding> held = this.holdings.stream().filter(h -> h.person().id().equals(personId)).toList();
		return new Actor(personId, this.persons.get(personId).name(), KAB, false, held);
	}

	Actor admin() {
		return new Actor(ADMIN, "Admin", KAB, true, List.of());
	}

	Actor actorWith(Long personId, Long kabupatenId, boolean admin, Holding... held) {
		return new Actor(personId, "Someone", kabupatenId, admin, Arrays.asList(held));
	}

	/** The person stays on the chart but has no account to act in Alur with. */
	void withoutAccount(Long personId) {
		this.withoutAccount.add(personId);
	}

	// --- Organisation ---

	@Override
	public boolean signsIn(Long personId) {
		return !this.withoutAccount.contains(personId);
	}

	@Override
	public List<PositionView> subordinatesOf(Long positionId) {
		List<PositionView> result = new ArrayList<>();
		for (PositionView p : this.positions.values()) {
			if (positionId.equals(p.superiorId())) {
				result.add(p);
				result.addAll(subordinatesOf(p.id()));
			}
		}
		return result;
	}

	@Override
	public List<Holding> holdersOn(Long positionId) {
		return this.holdings.stream().filter(h -> h.position().id().equals(positionId)).toList();
	}

	@Override
	public Optional<PositionView> positionByCode(String code) {
		return this.positions.values().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	@Override
	public Optional<PositionView> position(Long positionId) {
		return Optional.ofNullable(this.positions.get(positionId));
	}

	@Override
	public List<UnitView> unitWithAncestors(Long unitId) {
		List<UnitView> result = new ArrayList<>();
		UnitView u = this.units.get(unitId);
		while (u != null) {
			result.add(u);
			u = (u.parentId() != null) ? this.units.get(u.parentId()) : null;
		}
		return result;
	}

	@Override
	public String personName(Long personId) {
		PersonView p = this.persons.get(personId);
		return (p != null) ? p.name() : "-";
	}

	@Override
	public List<UnitView> units() {
		return List.copyOf(this.units.values());
	}

	@Override
	public List<PositionView> positionsIn(Long unitId) {
		return this.positions.values().stream().filter(p -> p.unitId().equals(unitId)).toList();
	}

	// --- entities ---

	static Task task(Long id, Long positionId) {
		Task t = new Task(500L, KAB, "3", "kadis", positionId, null, NOW, null, null);
		ReflectionTestUtils.setField(t, "id", id);
		return t;
	}

	static Task taskNaming(Long id, Long positionId, Long namedPersonId) {
		Task t = task(id, positionId);
		t.receivedFrom(BUDI, KADIS, "Mohon ditindaklanjuti", Sifat.BIASA, null, namedPersonId);
		return t;
	}

	static Delegation delegation(Long id, Long taskId, Long parentId, Long fromPositionId, Long toPositionId,
			Long toPersonId) {
		Delegation d = new Delegation(taskId, parentId, null, fromPositionId, toPositionId, toPersonId,
				"Pelajari dan laporkan", Sifat.BIASA, null, NOW);
		ReflectionTestUtils.setField(d, "id", id);
		return d;
	}

	static Delegation reported(Delegation d) {
		d.reportBack("Sudah", d.getToPersonId(), NOW);
		return d;
	}

	static DocumentVersion version(Long id, int number) {
		DocumentVersion v = new DocumentVersion(800L, KAB, number, 700L, "3", "draft-v" + number + ".pdf",
				"application/pdf", 1024, "abc", DEWI, STAF, NOW);
		ReflectionTestUtils.setField(v, "id", id);
		return v;
	}

	static CaseFile caseFile(Long unitId, Long createdByPersonId) {
		CaseFile c = new CaseFile(KAB, unitId, 1L, 2026, 7, "007/SOP-1/2026",
				new StartCase("SOP-1", "Permohonan izin", "SD Negeri 1", null, null, TODAY, Sifat.BIASA),
				createdByPersonId, NOW);
		ReflectionTestUtils.setField(c, "id", 500L);
		return c;
	}

}
