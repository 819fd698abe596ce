package id.alurkerja.org;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.shared.Rejected;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a kabupaten admin changes in the organisation: units, positions, people (NIP
 * checked when given), accounts (enable, disable, reset password, unit SOP admin) and
 * Plt./Plh. appointments. Everything is scoped to the admin's kabupaten (another
 * kabupaten's ids are not found) and written to the admin log.
 */
@Service
@Transactional
public class OrgAdmin {

	/** Common practice: a Plt. serves at most a year, a Plh. at most three months. */
	static final int PLT_MAX_MONTHS = 12;

	static final int PLH_MAX_MONTHS = 3;

	static final int MIN_PASSWORD = 10;

	private final UnitRepository units;

	private final PositionRepository positions;

	private final PersonRepository people;

	private final UserAccountRepository accounts;

	private final PositionAssignmentRepository assignments;

	private final OrgAdministration administration;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AdminLog log;

	@PersistenceContext
	private EntityManager entities;

	OrgAdmin(UnitRepository units, PositionRepository positions, PersonRepository people,
			UserAccountRepository accounts, PositionAssignmentRepository assignments, OrgAdministration administration,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, AdminLog log) {
		this.units = units;
		this.positions = positions;
		this.people = people;
		this.accounts = accounts;
		this.assignments = assignments;
		this.administration = administration;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.log = log;
	}

	/** An id of something that is not in the admin's kabupaten. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class NotFound extends RuntimeException {

		public NotFound() {
			super("Not found in this kabupaten");
		}

	}

	/**
	 * Someone else saved the unit, position, person or account since the form was shown:
	 * nothing was changed.
	 */
	public static class Changed extends RuntimeException {

		public Changed() {
			super("Changed by someone else since the form was shown");
		}

	}

	public record UnitFields(Long parentId, String name, UnitKind kind, String code) {
	}

	public record PositionFields(Long unitId, String code, String title, Long superiorId, boolean unitHead,
			Integer rank) {
	}

	public record PersonFields(String name, String nip, String pangkat, String golongan, String email) {
	}

	/** A person's account as the admin pages show it. */
	public record AccountView(Long id, String username, boolean enabled, boolean admin, Long sopAdminUnitId,
			long version) {
	}

	/** An assignment with its id, for ending it early; past ones stay listed. */
	public record AssignmentView(Long id, Holding holding) {
	}

	// ----- optimistic-lock versions the forms carry

	/** The version of each unit of the kabupaten, by unit id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> unitVersions(AlurUser admin) {
		requireAdmin(admin);
		return this.entities.createQuery("select u.id, u.version from Unit u where u.kabupatenId = :k", Object[].class)
			.setParameter("k", admin.kabupatenId())
			.getResultList()
			.stream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
	}

	@Transactional(readOnly = true)
	public long positionVersion(AlurUser admin, Long positionId) {
		requireAdmin(admin);
		this.positions.findByIdAndKabupatenId(positionId, admin.kabupatenId()).orElseThrow(NotFound::new);
		return version("Position", positionId);
	}

	@Transactional(readOnly = true)
	public long personVersion(AlurUser admin, Long personId) {
		requireAdmin(admin);
		person(admin, personId);
		return version("Person", personId);
	}

	private long version(String entity, Long id) {
		return this.entities.createQuery("select e.version from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult();
	}

	/** Refuses a change made on a form shown before someone else's save. */
	private void expect(String entity, Long id, Long expected) {
		if (expected != null && version(entity, id) != expected) {
			throw new Changed();
		}
	}

	private static void expect(UserAccount account, Long expected) {
		if (expected != null && account.getVersion() != expected) {
			throw new Changed();
		}
	}

	// ----- units

	public Long addUnit(AlurUser admin, UnitFields f) {
		requireAdmin(admin);
		checkUnit(admin, null, f);
		Unit unit = this.units
			.save(new Unit(admin.kabupatenId(), f.parentId(), f.name().strip(), f.kind(), f.code().strip()));
		record(admin, "org.unit.add", f.name().strip(), null, unitText(f));
		return unit.getId();
	}

	public void changeUnit(AlurUser admin, Long unitId, UnitFields f) {
		changeUnit(admin, unitId, f, null);
	}

	/** Changes a unit if nobody saved it since {@code version} (null: unchecked). */
	public void changeUnit(AlurUser admin, Long unitId, UnitFields f, Long version) {
		requireAdmin(admin);
		Unit unit = this.units.findByIdAndKabupatenId(unitId, admin.kabupatenId()).orElseThrow(NotFound::new);
		expect("Unit", unitId, version);
		checkUnit(admin, unitId, f);
		String before = unitText(new UnitFields(unit.getParentId(), unit.getName(), unit.getKind(), unit.getCode()));
		unit.change(f.parentId(), f.name().strip(), f.kind(), f.code().strip());
		this.units.save(unit);
		record(admin, "org.unit.change", unit.getName(), before, unitText(f));
	}

	/** Changes only the unit code used in letter numbers ({kode-unit}). */
	public void changeUnitCode(AlurUser admin, Long unitId, String code) {
		changeUnitCode(admin, unitId, code, null);
	}

	/**
	 * Changes the unit code if nobody saved the unit since {@code version} (null:
	 * unchecked).
	 */
	public void changeUnitCode(AlurUser admin, Long unitId, String code, Long version) {
		requireAdmin(admin);
		Unit unit = this.units.findByIdAndKabupatenId(unitId, admin.kabupatenId()).orElseThrow(NotFound::new);
		expect("Unit", unitId, version);
		if (blank(code)) {
			throw new Rejected("code", "admin.org.codeRequired");
		}
		if (code.strip().equals(unit.getCode())) {
			return;
		}
		String before = unit.getCode();
		unit.change(unit.getParentId(), unit.getName(), unit.getKind(), code.strip());
		this.units.save(unit);
		record(admin, "org.unit.code", unit.getName(), before, code.strip());
	}

	private void checkUnit(AlurUser admin, Long unitId, UnitFields f) {
		if (blank(f.name())) {
			throw new Rejected("name", "admin.org.nameRequired");
		}
		if (blank(f.code())) {
			throw new Rejected("code", "admin.org.codeRequired");
		}
		if (f.kind() == null) {
			throw new Rejected("kind", "admin.org.kindRequired");
		}
		this.units.findByKabupatenIdAndName(admin.kabupatenId(), f.name().strip())
			.filter(u -> !u.getId().equals(unitId))
			.ifPresent(u -> {
				throw new Rejected("name", "admin.org.unitNameTaken");
			});
		if (f.parentId() != null) {
			this.units.findByIdAndKabupatenId(f.parentId(), admin.kabupatenId())
				.orElseThrow(() -> new Rejected("parentId", "admin.org.parentUnknown"));
			if (unitId != null) {
				// the new parent must not lie under the unit itself
				Map<Long, Unit> all = this.units.findByKabupatenIdOrderByName(admin.kabupatenId())
					.stream()
					.collect(Collectors.toMap(Unit::getId, Function.identity()));
				Set<Long> seen = new HashSet<>();
				for (Long at = f.parentId(); at != null && seen.add(at); at = all.get(at).getParentId()) {
					if (at.equals(unitId)) {
						throw new Rejected("parentId", "admin.org.parentCycle");
					}
				}
			}
		}
	}

	private String unitText(UnitFields f) {
		String parent = (f.parentId() != null)
				? this.units.findById(f.parentId()).map(Unit::getName).orElse(String.valueOf(f.parentId())) : "—";
		return f.name() + " (" + f.kind() + ", kode " + f.code() + ", di bawah " + parent + ")";
	}

	// ----- positions

	public Long addPosition(AlurUser admin, PositionFields f) {
		requireAdmin(admin);
		checkPosition(admin, null, f);
		Position p = this.positions.save(new Position(admin.kabupatenId(), f.unitId(), f.code().strip(),
				f.title().strip(), f.superiorId(), f.unitHead(), f.rank()));
		record(admin, "org.position.add", p.getTitle(), null, positionText(f));
		return p.getId();
	}

	public void changePosition(AlurUser admin, Long positionId, PositionFields f) {
		changePosition(admin, positionId, f, null);
	}

	/** Changes a position if nobody saved it since {@code version} (null: unchecked). */
	public void changePosition(AlurUser admin, Long positionId, PositionFields f, Long version) {
		requireAdmin(admin);
		Position p = this.positions.findByIdAndKabupatenId(positionId, admin.kabupatenId()).orElseThrow(NotFound::new);
		expect("Position", positionId, version);
		checkPosition(admin, positionId, f);
		String before = positionText(new PositionFields(p.getUnitId(), p.getCode(), p.getTitle(), p.getSuperiorId(),
				p.isUnitHead(), p.getRank()));
		p.change(f.unitId(), f.code().strip(), f.title().strip(), f.superiorId(), f.unitHead(), f.rank());
		this.positions.save(p);
		record(admin, "org.position.change", p.getTitle(), before, positionText(f));
	}

	private void checkPosition(AlurUser admin, Long positionId, PositionFields f) {
		if (blank(f.title())) {
			throw new Rejected("title", "admin.org.titleRequired");
		}
		if (blank(f.code())) {
			throw new Rejected("code", "admin.org.codeRequired");
		}
		if (f.rank() == null || f.rank() < 1) {
			throw new Rejected("rank", "admin.org.rankRequired");
		}
		if (f.unitId() == null || this.units.findByIdAndKabupatenId(f.unitId(), admin.kabupatenId()).isEmpty()) {
			throw new Rejected("unitId", "admin.org.unitRequired");
		}
		this.positions.findByKabupatenIdAndCode(admin.kabupatenId(), f.code().strip())
			.filter(p -> !p.getId().equals(positionId))
			.ifPresent(p -> {
				throw new Rejected("code", "admin.org.positionCodeTaken");
			});
		if (f.superiorId() != null) {
			Map<Long, Position> all = this.positions.findByKabupatenIdOrderByRankAscTitleAsc(admin.kabupatenId())
				.stream()
				.collect(Collectors.toMap(Position::getId, Function.identity()));
			if (!all.containsKey(f.superiorId())) {
				throw new Rejected("superiorId", "admin.org.superiorUnknown");
			}
			Set<Long> seen = new HashSet<>();
			for (Long at = f.superiorId(); at != null && seen.add(at); at = all.get(at).getSuperiorId()) {
				if (at.equals(positionId)) {
					throw new Rejected("superiorId", "admin.org.superiorCycle");
				}
			}
		}
	}

	private String positionText(PositionFields f) {
		String unit = (f.unitId() != null) ? this.units.findById(f.unitId()).map(Unit::getName).orElse("") : "";
		String superior = (f.superiorId() != null)
				? this.positions.findById(f.superiorId()).map(Position::getTitle).orElse("") : "—";
		return f.title() + " (kode " + f.code() + ", " + unit + ", atasan " + superior + ", peringkat " + f.rank()
				+ (f.unitHead() ? ", kepala unit" : "") + ")";
	}

	// ----- people

	public Long addPerson(AlurUser admin, PersonFields f) {
		requireAdmin(admin);
		String nip = checkPerson(null, f);
		Person p = this.people.save(new Person(admin.kabupatenId(), f.name().strip(), nip, trim(f.pangkat()),
				trim(f.golongan()), trim(f.email())));
		record(admin, "org.person.add", p.getName(), null, personText(f.name(), nip, f.pangkat(), f.golongan()));
		return p.getId();
	}

	public void changePerson(AlurUser admin, Long personId, PersonFields f) {
		changePerson(admin, personId, f, null);
	}

	/** Changes a person if nobody saved them since {@code version} (null: unchecked). */
	public void changePerson(AlurUser admin, Long personId, PersonFields f, Long version) {
		requireAdmin(admin);
		Person p = person(admin, personId);
		expect("Person", personId, version);
		String nip = checkPerson(personId, f);
		String before = personText(p.getName(), p.getNip(), p.getPangkat(), p.getGolongan());
		p.change(f.name().strip(), nip, trim(f.pangkat()), trim(f.golongan()), trim(f.email()));
		this.people.save(p);
		record(admin, "org.person.change", p.getName(), before, personText(f.name(), nip, f.pangkat(), f.golongan()));
	}

	private static String digits(String nip) {
		return nip.replace(" ", "").replace(".", "");
	}

	/** Checks the fields; answers the NIP as it is stored (as typed) or null. */
	private String checkPerson(Long personId, PersonFields f) {
		if (blank(f.name())) {
			throw new Rejected("name", "admin.org.nameRequired");
		}
		Nip.Check check = Nip.check(f.nip());
		if (!check.present()) {
			return null;
		}
		if (!check.valid()) {
			throw new Rejected("nip", "admin.org.nip." + check.problem().name(), check.digitCount());
		}
		String nip = f.nip().strip();
		String digits = digits(nip);
		// a NIP is unique nationally: another person of any kabupaten holding it is
		// refused
		this.people.findAll()
			.stream()
			.filter(p -> p.getNip() != null && digits(p.getNip()).equals(digits) && !p.getId().equals(personId))
			.findAny()
			.ifPresent(p -> {
				throw new Rejected("nip", "admin.org.nipTaken");
			});
		return nip;
	}

	private static String personText(String name, String nip, String pangkat, String golongan) {
		return name + ((nip != null) ? ", NIP " + nip : "") + ((pangkat != null) ? ", " + pangkat : "")
				+ ((golongan != null) ? " " + golongan : "");
	}

	/** Appoints a person definitively to a position from a day on. */
	public void assign(AlurUser admin, Long personId, Long positionId, LocalDate start) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		Position position = this.positions.findByIdAndKabupatenId(positionId, admin.kabupatenId())
			.orElseThrow(() -> new Rejected("positionId", "admin.org.positionRequired"));
		if (start == null) {
			throw new Rejected("start", "admin.org.startRequired");
		}
		this.assignments.save(new PositionAssignment(admin.kabupatenId(), position.getId(), person.getId(),
				AssignmentKind.DEFINITIF, start, null));
		record(admin, "org.assign", person.getName(), null, position.getTitle() + " sejak " + start);
	}

	// ----- accounts

	@Transactional(readOnly = true)
	public Optional<AccountView> account(AlurUser admin, Long personId) {
		requireAdmin(admin);
		person(admin, personId);
		return this.accounts.findByPersonId(personId).map(OrgAdmin::view);
	}

	/** The accounts of the kabupaten's people, by person id. */
	@Transactional(readOnly = true)
	public Map<Long, AccountView> accounts(AlurUser admin) {
		requireAdmin(admin);
		List<Long> ids = this.people.findByKabupatenIdOrderByName(admin.kabupatenId())
			.stream()
			.map(Person::getId)
			.toList();
		return this.accounts.findByPersonIdIn(ids)
			.stream()
			.collect(Collectors.toMap(UserAccount::getPersonId, OrgAdmin::view));
	}

	public void createAccount(AlurUser admin, Long personId, String username, String password) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		if (this.accounts.findByPersonId(personId).isPresent()) {
			throw new Rejected("username", "admin.org.accountExists");
		}
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		if (!name.matches("[a-z0-9][a-z0-9._-]{2,}")) {
			throw new Rejected("username", "admin.org.usernameInvalid");
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new Rejected("username", "admin.org.usernameTaken");
		}
		checkPassword(password);
		this.accounts.save(new UserAccount(personId, name, this.passwordEncoder.encode(password), false));
		record(admin, "org.account.create", person.getName(), null, name);
	}

	/**
	 * Disables the account; the person's open tasks go back to their position's inbox.
	 */
	public void disable(AlurUser admin, Long personId) {
		disable(admin, personId, null);
	}

	/** As above, if nobody saved the account since {@code version} (null: unchecked). */
	public void disable(AlurUser admin, Long personId, Long version) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		UserAccount account = this.accounts.findByPersonId(personId).orElseThrow(NotFound::new);
		expect(account, version);
		if (account.getId().equals(admin.accountId())) {
			throw new Rejected(null, "admin.org.notYourself");
		}
		if (!account.isEnabled()) {
			return;
		}
		account.disable();
		this.accounts.save(account);
		this.events.publishEvent(new AccountDisabled(admin.kabupatenId(), personId));
		record(admin, "org.account.disable", person.getName() + " (" + account.getUsername() + ")", "aktif",
				"nonaktif");
	}

	public void enable(AlurUser admin, Long personId) {
		enable(admin, personId, null);
	}

	/** As above, if nobody saved the account since {@code version} (null: unchecked). */
	public void enable(AlurUser admin, Long personId, Long version) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		UserAccount account = this.accounts.findByPersonId(personId).orElseThrow(NotFound::new);
		expect(account, version);
		if (account.isEnabled()) {
			return;
		}
		account.enable();
		this.accounts.save(account);
		record(admin, "org.account.enable", person.getName() + " (" + account.getUsername() + ")", "nonaktif", "aktif");
	}

	/** Sets a new password chosen by the admin, to be handed over to the person. */
	public void resetPassword(AlurUser admin, Long personId, String password) {
		resetPassword(admin, personId, password, null);
	}

	/** As above, if nobody saved the account since {@code version} (null: unchecked). */
	public void resetPassword(AlurUser admin, Long personId, String password, Long version) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		UserAccount account = this.accounts.findByPersonId(personId).orElseThrow(NotFound::new);
		expect(account, version);
		checkPassword(password);
		account.changePasswordHash(this.passwordEncoder.encode(password));
		this.accounts.save(account);
		// never the password itself
		record(admin, "org.account.resetPassword", person.getName() + " (" + account.getUsername() + ")", null, null);
	}

	/** Makes the account the SOP admin of a unit (and the units under it), or not. */
	public void makeSopAdmin(AlurUser admin, Long personId, Long unitId) {
		makeSopAdmin(admin, personId, unitId, null);
	}

	/** As above, if nobody saved the account since {@code version} (null: unchecked). */
	public void makeSopAdmin(AlurUser admin, Long personId, Long unitId, Long version) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		UserAccount account = this.accounts.findByPersonId(personId).orElseThrow(NotFound::new);
		expect(account, version);
		String before = unitName(account.getSopAdminUnitId());
		if (unitId != null && this.units.findByIdAndKabupatenId(unitId, admin.kabupatenId()).isEmpty()) {
			throw new Rejected("unitId", "admin.org.unitRequired");
		}
		account.makeSopAdminOf(unitId);
		this.accounts.save(account);
		record(admin, "org.account.sopAdmin", person.getName() + " (" + account.getUsername() + ")", before,
				unitName(unitId));
	}

	private String unitName(Long unitId) {
		return (unitId != null) ? this.units.findById(unitId).map(Unit::getName).orElse(null) : null;
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new Rejected("password", "admin.org.passwordShort", MIN_PASSWORD);
		}
	}

	private static AccountView view(UserAccount a) {
		return new AccountView(a.getId(), a.getUsername(), a.isEnabled(), a.isAdmin(), a.getSopAdminUnitId(),
				a.getVersion());
	}

	// ----- acting officials

	/**
	 * Appoints a Plt. (at most a year) or Plh. (at most three months) with both dates.
	 */
	public void appointActing(AlurUser admin, Long personId, Long positionId, AssignmentKind kind, LocalDate start,
			LocalDate end) {
		requireAdmin(admin);
		Person person = person(admin, personId);
		Position position = this.positions.findByIdAndKabupatenId(positionId, admin.kabupatenId())
			.orElseThrow(() -> new Rejected("positionId", "admin.org.positionRequired"));
		if (kind == null || !kind.acting()) {
			throw new Rejected("kind", "admin.org.kindActing");
		}
		if (start == null || end == null) {
			throw new Rejected("start", "admin.org.datesRequired");
		}
		if (end.isBefore(start)) {
			throw new Rejected("end", "admin.org.endBeforeStart");
		}
		int months = (kind == AssignmentKind.PLT) ? PLT_MAX_MONTHS : PLH_MAX_MONTHS;
		if (end.isAfter(start.plusMonths(months))) {
			throw new Rejected("end", "admin.org.actingTooLong." + kind.name());
		}
		this.administration.appointActing(admin.kabupatenId(), personId, positionId, kind, start, end);
		record(admin, "org.acting.appoint", person.getName(), null,
				kind.prefix() + " " + position.getTitle() + " " + start + " s.d. " + end);
	}

	/** Ends an assignment early; it stays in the history. */
	public void endAssignment(AlurUser admin, Long assignmentId, LocalDate day) {
		requireAdmin(admin);
		PositionAssignment a = this.assignments.findByIdAndKabupatenId(assignmentId, admin.kabupatenId())
			.orElseThrow(NotFound::new);
		if (day == null || day.isBefore(a.getStartDate())) {
			throw new Rejected("end", "admin.org.endBeforeStart");
		}
		LocalDate before = a.getEndDate();
		a.endOn(day);
		this.assignments.save(a);
		String who = this.people.findById(a.getPersonId()).map(Person::getName).orElse("");
		String what = this.positions.findById(a.getPositionId()).map(Position::getTitle).orElse("");
		record(admin, "org.assignment.end", who + ", " + a.getKind().prefix() + " " + what,
				Objects.toString(before, "—"), day.toString());
	}

	/** Every assignment of the kabupaten, past ones included, newest first. */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(AlurUser admin) {
		requireAdmin(admin);
		Map<Long, Position> positions = this.positions.findByKabupatenIdOrderByRankAscTitleAsc(admin.kabupatenId())
			.stream()
			.collect(Collectors.toMap(Position::getId, Function.identity()));
		Map<Long, String> unitNames = this.units.findByKabupatenIdOrderByName(admin.kabupatenId())
			.stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
		Map<Long, Person> persons = this.people.findByKabupatenIdOrderByName(admin.kabupatenId())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return this.assignments.findByKabupatenIdOrderByStartDateDesc(admin.kabupatenId()).stream().map(a -> {
			Position p = positions.get(a.getPositionId());
			return new AssignmentView(a.getId(), new Holding(PositionView.of(p, unitNames.get(p.getUnitId())),
					PersonView.of(persons.get(a.getPersonId())), a.getKind(), a.getStartDate(), a.getEndDate()));
		}).toList();
	}

	// -----

	private Person person(AlurUser admin, Long personId) {
		return this.people.findByIdAndKabupatenId(personId, admin.kabupatenId()).orElseThrow(NotFound::new);
	}

	private static void requireAdmin(AlurUser admin) {
		if (admin == null || !admin.admin()) {
			throw new AccessDeniedException("Only a kabupaten admin administers the organisation");
		}
	}

	private void record(AlurUser admin, String action, String subject, String before, String after) {
		this.log.record(new AdminActor(admin.kabupatenId(), admin.accountId(), admin.getUsername()), action, subject,
				before, after);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

}
