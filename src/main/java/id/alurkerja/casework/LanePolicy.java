package id.alurkerja.casework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.alurkerja.org.Holding;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;
import id.alurkerja.sop.LaneBinding;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;

/**
 * Who stands in a lane of a case: the lane's fixed position, or, for a lane bound to the
 * case's origin (see {@link LaneBinding}), the position that role has in the origin unit
 * (its head, the head of the unit above, its position of a title). Asked when a task is
 * created, so a new head appointed mid-case receives the next step; asked for every lane
 * when a case is registered, so a case that could not run is refused up front, naming the
 * lane and why.
 */
final class LanePolicy {

	private LanePolicy() {
	}

	/** The position that acts in the lane for a case from the origin unit. */
	static Verdict<PositionView> position(Lane lane, Long originUnitId, Organisation org) {
		if (lane.external()) {
			return found(org.positionByCode(lane.recordedBy()), lane);
		}
		if (!lane.boundToOrigin()) {
			return found(org.positionByCode(lane.position()), lane);
		}
		if (originUnitId == null) {
			return Verdict.invalid("originUnitId", "casework.lane.noOrigin", lane.name());
		}
		Optional<UnitView> origin = org.unit(originUnitId);
		if (origin.isEmpty()) {
			return Verdict.invalid("originUnitId", "casework.start.originUnknown");
		}
		LaneBinding binding = lane.binding();
		Optional<PositionView> position = switch (binding.kind()) {
			case ORIGIN_HEAD -> headOf(origin.get().id(), org);
			case ORIGIN_PARENT_HEAD ->
				Optional.ofNullable(origin.get().parentId()).flatMap(parent -> headOf(parent, org));
			case ORIGIN_TITLED -> org.positionsIn(origin.get().id())
				.stream()
				.filter(p -> p.title()
					.toLowerCase(Locale.ROOT)
					.startsWith(binding.title().strip().toLowerCase(Locale.ROOT)))
				.findFirst();
		};
		return position.map(Verdict::allow)
			.orElseGet(() -> Verdict.invalid("originUnitId", "casework.lane.noPositionInOrigin", lane.name(),
					origin.get().name()));
	}

	/**
	 * Whether a case of the SOP may be registered from the origin unit: the origin is one
	 * the SOP serves (when a lane needs one), and every lane bound to it has a position
	 * there with someone to act today (a holder, a Plt. or a Plh.) who has an account. An
	 * external lane is recorded on its behalf by a fixed position, so it needs neither.
	 */
	static Verdict<Boolean> mayRegister(SopContent content, Long sopUnitId, Long originUnitId, Organisation org) {
		Optional<String> originKind = content.originKind();
		if (originKind.isPresent()) {
			if (originUnitId == null) {
				return Verdict.invalid("originUnitId", "casework.start.originRequired");
			}
			if (origins(content, sopUnitId, org).stream().noneMatch(u -> u.id().equals(originUnitId))) {
				return Verdict.invalid("originUnitId", "casework.start.originNotServed");
			}
		}
		// a fixed lane is the same position for every case (the editor checks it is set);
		// what varies with the origin is checked here, so only those lanes are looked up
		for (Cast cast : cast(content, originUnitId, org, true)) {
			if (!cast.position().allowed()) {
				return cast.position().refusedAs();
			}
			if (cast.holders().isEmpty()) {
				return Verdict.invalid("originUnitId", "casework.lane.noHolder", cast.lane().name(),
						cast.position().orThrow().title());
			}
			if (cast.signingIn().isEmpty()) {
				return Verdict.invalid("originUnitId", "casework.lane.noAccount", cast.lane().name(),
						cast.position().orThrow().title(), cast.holders().get(0).person().name());
			}
		}
		return Verdict.allow();
	}

	/**
	 * Who stands in each lane a step of the SOP uses, for a case from the origin unit
	 * (none yet: the lanes bound to it are then refused with "no origin"): the position
	 * found, or why none, and who holds it today.
	 */
	static List<Cast> cast(SopContent content, Long originUnitId, Organisation org) {
		return cast(content, originUnitId, org, false);
	}

	private static List<Cast> cast(SopContent content, Long originUnitId, Organisation org, boolean onlyBound) {
		Set<String> used = new HashSet<>();
		content.steps().forEach(step -> used.add(step.lane()));
		List<Cast> cast = new ArrayList<>();
		for (Lane lane : content.lanes()) {
			if (!used.contains(lane.key()) || (onlyBound && !lane.boundToOrigin())) {
				continue;
			}
			Verdict<PositionView> position = position(lane, originUnitId, org);
			List<Holding> holders = position.allowed() ? org.holdersOn(position.orThrow().id()) : List.of();
			cast.add(new Cast(lane, position, holders,
					holders.stream().filter(h -> org.signsIn(h.person().id())).toList()));
		}
		return List.copyOf(cast);
	}

	/**
	 * A lane with the position that acts in it (or why none), its holders today, and
	 * those of them with an account to act in Alur with.
	 */
	record Cast(Lane lane, Verdict<PositionView> position, List<Holding> holders, List<Holding> signingIn) {
	}

	/**
	 * The units a case of the SOP may come from: the units of the SOP's origin kind under
	 * the nearest unit at or above the SOP's own that has any (a kecamatan's seksi serves
	 * the kecamatan's desa; a dinas, under the pemda, every desa of the kabupaten); in
	 * the directory's order.
	 */
	static List<UnitView> origins(SopContent content, Long sopUnitId, Organisation org) {
		Optional<String> kind = content.originKind();
		if (kind.isEmpty()) {
			return List.of();
		}
		List<UnitView> ofKind = org.units().stream().filter(u -> u.kind().name().equals(kind.get())).toList();
		List<UnitView> scopes = (sopUnitId != null) ? org.unitWithAncestors(sopUnitId) : List.of();
		for (UnitView scope : scopes) {
			List<UnitView> below = new ArrayList<>();
			for (UnitView unit : ofKind) {
				if (org.unitWithAncestors(unit.id()).stream().anyMatch(above -> above.id().equals(scope.id()))) {
					below.add(unit);
				}
			}
			if (!below.isEmpty()) {
				return List.copyOf(below);
			}
		}
		return ofKind;
	}

	private static Optional<PositionView> headOf(Long unitId, Organisation org) {
		return org.positionsIn(unitId).stream().filter(PositionView::unitHead).findFirst();
	}

	private static Verdict<PositionView> found(Optional<PositionView> position, Lane lane) {
		return position.map(Verdict::allow)
			.orElseGet(() -> Verdict.invalid(null, "casework.lane.unbound", lane.name()));
	}

}
