package id.alurkerja.reports.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;

import org.springframework.stereotype.Component;

/**
 * Who may read reports, and of which units. Admins read their whole kabupaten. A head
 * reads the units of the positions they hold today (definitively or as Plt./Plh.) and
 * every unit beneath them. A head is whoever holds a position that heads its unit, has
 * subordinates, or ranks at {@value #HEAD_RANK_LIMIT} or higher (Bupati 1, Sekda 2, Kadis
 * 3, Sekretaris, Camat, Kabag 4). Everyone else reads no reports.
 */
@Component
public class ReportScope {

	/** Positions of this rank or a higher one (a lower number) head their unit. */
	public static final int HEAD_RANK_LIMIT = 4;

	/** A reader of reports and the units they may read. */
	public record Viewer(Long kabupatenId, Long personId, boolean admin, Set<Long> units, String name,
			String position) {

		public boolean sees(Long unitId) {
			return this.units.contains(unitId);
		}

	}

	private final OrgDirectory directory;

	private final Clock clock;

	ReportScope(OrgDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	public Optional<Viewer> viewer(AlurUser user) {
		Long kabupatenId = user.kabupatenId();
		List<UnitView> units = this.directory.units(kabupatenId);
		List<Holding> held = this.directory.positionsHeldBy(user.personId(), LocalDate.now(this.clock));
		String position = held.isEmpty() ? null : held.get(0).positionLabel();
		if (user.admin()) {
			Set<Long> all = new LinkedHashSet<>();
			units.forEach(u -> all.add(u.id()));
			return Optional.of(new Viewer(kabupatenId, user.personId(), true, Set.copyOf(all), user.displayName(),
					(position != null) ? position : "Administrator"));
		}
		List<PositionView> positions = this.directory.positions(kabupatenId);
		Set<Long> visible = new LinkedHashSet<>();
		for (Holding h : held) {
			PositionView p = h.position();
			if (isHead(p, positions)) {
				visible.addAll(unitAndBelow(p.unitId(), units));
			}
		}
		if (visible.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new Viewer(kabupatenId, user.personId(), false, Set.copyOf(visible), user.displayName(), position));
	}

	static boolean isHead(PositionView p, List<PositionView> all) {
		return p.unitHead() || p.rank() <= HEAD_RANK_LIMIT || all.stream().anyMatch(o -> p.id().equals(o.superiorId()));
	}

	/** A unit and every unit beneath it. */
	public static Set<Long> unitAndBelow(Long unitId, List<UnitView> units) {
		Set<Long> found = new LinkedHashSet<>();
		ArrayDeque<Long> todo = new ArrayDeque<>(List.of(unitId));
		while (!todo.isEmpty()) {
			Long at = todo.pop();
			if (found.add(at)) {
				units.stream().filter(u -> at.equals(u.parentId())).forEach(u -> todo.add(u.id()));
			}
		}
		return found;
	}

}
