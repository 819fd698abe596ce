package id.alurkerja.org;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation. Every lookup by id takes the caller's kabupaten, so an
 * id from another kabupaten simply is not found.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

	private final KabupatenRepository kabupatens;

	private final UnitRepository units;

	private final PositionRepository positions;

	private final PersonRepository people;

	private final PositionAssignmentRepository assignments;

	private final UserAccountRepository accounts;

	OrgDirectory(KabupatenRepository kabupatens, UnitRepository units, PositionRepository positions,
			PersonRepository people, PositionAssignmentRepository assignments, UserAccountRepository accounts) {
		this.kabupatens = kabupatens;
		this.units = units;
		this.positions = positions;
		this.people = people;
		this.assignments = assignments;
		this.accounts = accounts;
	}

	/**
	 * Whether the person can sign in to act in Alur (an enabled account); a holder
	 * without one is on the organisation chart only.
	 */
	public boolean signsIn(Long personId) {
		return this.accounts.findByPersonId(personId).filter(UserAccount::isEnabled).isPresent();
	}

	public Optional<KabupatenView> kabupaten(Long id) {
		return this.kabupatens.findById(id).map(KabupatenView::of);
	}

	/** Every kabupaten, in the order they were created. */
	public List<KabupatenView> kabupatens() {
		return this.kabupatens.findAll()
			.stream()
			.map(KabupatenView::of)
			.sorted(Comparator.comparing(KabupatenView::id))
			.toList();
	}

	public Optional<KabupatenView> kabupatenByName(String name) {
		return this.kabupatens.findByName(name).map(KabupatenView::of);
	}

	public List<UnitView> units(Long kabupatenId) {
		return this.units.findByKabupatenIdOrderByName(kabupatenId).stream().map(UnitView::of).toList();
	}

	public Optional<UnitView> unit(Long kabupatenId, Long unitId) {
		return this.units.findByIdAndKabupatenId(unitId, kabupatenId).map(UnitView::of);
	}

	public Optional<UnitView> unitByName(Long kabupatenId, String name) {
		return this.units.findByKabupatenIdAndName(kabupatenId, name).map(UnitView::of);
	}

	public List<PositionView> positions(Long kabupatenId) {
		Map<Long, String> unitNames = unitNames(kabupatenId);
		return this.positions.findByKabupatenIdOrderByRankAscTitleAsc(kabupatenId)
			.stream()
			.map(p -> PositionView.of(p, unitNames.get(p.getUnitId())))
			.toList();
	}

	public Optional<PositionView> position(Long kabupatenId, Long positionId) {
		return this.positions.findByIdAndKabupatenId(positionId, kabupatenId).map(this::view);
	}

	public Optional<PositionView> positionByCode(Long kabupatenId, String code) {
		return this.positions.findByKabupatenIdAndCode(kabupatenId, code).map(this::view);
	}

	public List<PersonView> people(Long kabupatenId) {
		return this.people.findByKabupatenIdOrderByName(kabupatenId).stream().map(PersonView::of).toList();
	}

	public Optional<PersonView> person(Long kabupatenId, Long personId) {
		return this.people.findByIdAndKabupatenId(personId, kabupatenId).map(PersonView::of);
	}

	/** The positions a person holds or acts in on the given day, highest rank first. */
	public List<Holding> positionsHeldBy(Long personId, LocalDate day) {
		return holdingsOf(personId).stream().filter(h -> isActive(h, day)).toList();
	}

	/** Every assignment of a person, past ones included, newest first. */
	public List<Holding> holdingsOf(Long personId) {
		List<PositionAssignment> list = this.assignments.findByPersonIdOrderByStartDateDesc(personId);
		if (list.isEmpty()) {
			return List.of();
		}
		PersonView person = this.people.findById(personId).map(PersonView::of).orElseThrow();
		return list.stream()
			.map(a -> new Holding(this.positions.findById(a.getPositionId()).map(this::view).orElseThrow(), person,
					a.getKind(), a.getStartDate(), a.getEndDate()))
			.sorted(Comparator.comparingInt((Holding h) -> h.position().rank()))
			.toList();
	}

	/**
	 * Every assignment in the kabupaten, past and future ones included, as a history
	 * reads them: per position, definitive holders first, then by start date and in the
	 * order they were made.
	 */
	public List<Holding> assignments(Long kabupatenId) {
		Map<Long, PositionView> positions = positions(kabupatenId).stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		Map<Long, PersonView> persons = this.people.findByKabupatenIdOrderByName(kabupatenId)
			.stream()
			.collect(Collectors.toMap(Person::getId, PersonView::of));
		return this.assignments.findByKabupatenIdOrderByStartDateDesc(kabupatenId)
			.stream()
			.sorted(Comparator.comparing(PositionAssignment::getPositionId)
				.thenComparing(a -> a.getKind() != AssignmentKind.DEFINITIF)
				.thenComparing(PositionAssignment::getStartDate)
				.thenComparing(PositionAssignment::getId))
			.map(a -> new Holding(positions.get(a.getPositionId()), persons.get(a.getPersonId()), a.getKind(),
					a.getStartDate(), a.getEndDate()))
			.toList();
	}

	/**
	 * Who holds each of the given positions on the given day, acting holders included.
	 */
	public Map<Long, List<Holding>> holdersOf(Long kabupatenId, List<PositionView> of, LocalDate day) {
		if (of.isEmpty()) {
			return Map.of();
		}
		Map<Long, PositionView> byId = of.stream().collect(Collectors.toMap(PositionView::id, Function.identity()));
		Map<Long, PersonView> persons = this.people.findByKabupatenIdOrderByName(kabupatenId)
			.stream()
			.collect(Collectors.toMap(Person::getId, PersonView::of));
		return this.assignments.findByPositionIdIn(byId.keySet())
			.stream()
			.filter(a -> a.activeOn(day))
			.map(a -> new Holding(byId.get(a.getPositionId()), persons.get(a.getPersonId()), a.getKind(),
					a.getStartDate(), a.getEndDate()))
			.collect(Collectors.groupingBy(h -> h.position().id()));
	}

	/** Who holds one position on the given day, acting holders included. */
	public List<Holding> holdersOn(Long kabupatenId, Long positionId, LocalDate day) {
		return position(kabupatenId, positionId)
			.map(p -> holdersOf(kabupatenId, List.of(p), day).getOrDefault(p.id(), List.of()))
			.orElse(List.of());
	}

	/** The superiors of a position, nearest first, up to the top of the kabupaten. */
	public List<PositionView> chainAbove(Long kabupatenId, Long positionId) {
		Map<Long, PositionView> all = positions(kabupatenId).stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		List<PositionView> chain = new java.util.ArrayList<>();
		PositionView at = all.get(positionId);
		while (at != null && at.superiorId() != null && chain.size() < all.size()) {
			at = all.get(at.superiorId());
			if (at != null) {
				chain.add(at);
			}
		}
		return chain;
	}

	/** The positions under a position (directly or further down), highest rank first. */
	public List<PositionView> subordinatesOf(Long kabupatenId, Long positionId) {
		List<PositionView> all = positions(kabupatenId);
		java.util.Set<Long> below = new java.util.LinkedHashSet<>();
		java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(positionId));
		while (!todo.isEmpty()) {
			Long at = todo.pop();
			for (PositionView p : all) {
				if (at.equals(p.superiorId()) && below.add(p.id())) {
					todo.add(p.id());
				}
			}
		}
		return all.stream().filter(p -> below.contains(p.id())).toList();
	}

	/** A unit and the units above it, nearest first. */
	public List<UnitView> unitWithAncestors(Long kabupatenId, Long unitId) {
		Map<Long, UnitView> all = units(kabupatenId).stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		List<UnitView> chain = new java.util.ArrayList<>();
		UnitView at = all.get(unitId);
		while (at != null && chain.size() <= all.size()) {
			chain.add(at);
			at = (at.parentId() != null) ? all.get(at.parentId()) : null;
		}
		return chain;
	}

	private static boolean isActive(Holding h, LocalDate day) {
		return !day.isBefore(h.startDate()) && (h.endDate() == null || !day.isAfter(h.endDate()));
	}

	private PositionView view(Position p) {
		return PositionView.of(p, this.units.findById(p.getUnitId()).map(Unit::getName).orElse(""));
	}

	private Map<Long, String> unitNames(Long kabupatenId) {
		return this.units.findByKabupatenIdOrderByName(kabupatenId)
			.stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
	}

}
