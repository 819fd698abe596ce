package id.alurkerja.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PersonView;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The read-only directory of the user's own kabupaten: units, positions, holders, people.
 */
@Controller
class OrgController {

	/** A unit with its positions (and their holders today) and its sub-units. */
	record UnitNode(UnitView unit, List<PositionRow> positions, List<UnitNode> children) {
	}

	record PositionRow(PositionView position, List<Holding> holders) {
	}

	private final OrgDirectory directory;

	private final Clock clock;

	OrgController(OrgDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/org")
	String tree(@AuthenticationPrincipal AlurUser user, Model model) {
		Long kabupatenId = user.kabupatenId();
		List<UnitView> units = this.directory.units(kabupatenId);
		List<PositionView> positions = this.directory.positions(kabupatenId);
		Map<Long, List<Holding>> holders = this.directory.holdersOf(kabupatenId, positions, today());
		Map<Long, List<PositionRow>> rowsByUnit = positions.stream()
			.collect(Collectors.groupingBy(PositionView::unitId, Collectors
				.mapping(p -> new PositionRow(p, holders.getOrDefault(p.id(), List.of())), Collectors.toList())));
		Map<Long, List<UnitView>> childrenByParent = units.stream()
			.filter(u -> u.parentId() != null)
			.collect(Collectors.groupingBy(UnitView::parentId));
		List<UnitNode> roots = units.stream()
			.filter(u -> u.parentId() == null)
			.map(u -> node(u, childrenByParent, rowsByUnit))
			.toList();
		model.addAttribute("kabupaten", this.directory.kabupaten(kabupatenId).orElseThrow());
		model.addAttribute("roots", roots);
		model.addAttribute("people", this.directory.people(kabupatenId));
		return "org/tree";
	}

	@GetMapping("/org/units/{id}")
	String unit(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		Long kabupatenId = user.kabupatenId();
		UnitView unit = this.directory.unit(kabupatenId, id).orElseThrow(OrgController::notFound);
		List<PositionView> positions = this.directory.positions(kabupatenId)
			.stream()
			.filter(p -> p.unitId().equals(unit.id()))
			.toList();
		Map<Long, List<Holding>> holders = this.directory.holdersOf(kabupatenId, positions, today());
		model.addAttribute("unit", unit);
		model.addAttribute("parent",
				(unit.parentId() != null) ? this.directory.unit(kabupatenId, unit.parentId()).orElse(null) : null);
		model.addAttribute("positions",
				positions.stream().map(p -> new PositionRow(p, holders.getOrDefault(p.id(), List.of()))).toList());
		model.addAttribute("children",
				this.directory.units(kabupatenId)
					.stream()
					.filter(u -> Objects.equals(u.parentId(), unit.id()))
					.toList());
		return "org/unit";
	}

	@GetMapping("/org/people/{id}")
	String person(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		PersonView person = this.directory.person(user.kabupatenId(), id).orElseThrow(OrgController::notFound);
		List<Holding> holdings = new ArrayList<>(this.directory.holdingsOf(person.id()));
		holdings.sort(Comparator.comparing(Holding::startDate).reversed());
		model.addAttribute("person", person);
		model.addAttribute("holdings", holdings);
		model.addAttribute("today", today());
		return "org/person";
	}

	private UnitNode node(UnitView unit, Map<Long, List<UnitView>> childrenByParent,
			Map<Long, List<PositionRow>> rowsByUnit) {
		List<UnitNode> children = childrenByParent.getOrDefault(unit.id(), List.of())
			.stream()
			.map(child -> node(child, childrenByParent, rowsByUnit))
			.toList();
		return new UnitNode(unit, rowsByUnit.getOrDefault(unit.id(), List.of()), children);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
