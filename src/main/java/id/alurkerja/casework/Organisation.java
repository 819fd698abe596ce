package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.org.UnitView;

/**
 * What the casework rules need to know of one kabupaten's organisation today. The
 * policies and the case aggregate ask this, never the database, so that they can be
 * tested with the organisation written out in a test.
 */
interface Organisation {

	/** The positions under a position, directly or further down. */
	List<PositionView> subordinatesOf(Long positionId);

	/** Who holds a position today, Plt. and Plh. included. */
	List<Holding> holdersOn(Long positionId);

	Optional<PositionView> positionByCode(String code);

	Optional<PositionView> position(Long positionId);

	/** A unit and the units above it, nearest first. */
	List<UnitView> unitWithAncestors(Long unitId);

	/** A unit (the signer's, for its numbering pattern). */
	default Optional<UnitView> unit(Long unitId) {
		return unitWithAncestors(unitId).stream().findFirst();
	}

	default String personName(Long personId) {
		return "-";
	}

	/** Whether the person has an account to act in Alur with. */
	boolean signsIn(Long personId);

	/** Every unit of the kabupaten (the origins an SOP's cases may come from). */
	default List<UnitView> units() {
		return List.of();
	}

	/** The positions of one unit. */
	default List<PositionView> positionsIn(Long unitId) {
		return List.of();
	}

	default String positionTitle(Long positionId) {
		return position(positionId).map(PositionView::title).orElse("-");
	}

	/**
	 * The organisation module's directory as one kabupaten on one day sees it, each
	 * answer kept for the life of this object (one action, one page, one bulk run).
	 */
	static Organisation of(OrgDirectory directory, Long kabupatenId, LocalDate today) {
		return new Remembered(new Organisation() {

			@Override
			public List<PositionView> subordinatesOf(Long positionId) {
				return directory.subordinatesOf(kabupatenId, positionId);
			}

			@Override
			public List<Holding> holdersOn(Long positionId) {
				return directory.holdersOn(kabupatenId, positionId, today);
			}

			@Override
			public Optional<PositionView> positionByCode(String code) {
				return directory.positionByCode(kabupatenId, code);
			}

			@Override
			public Optional<PositionView> position(Long positionId) {
				return directory.position(kabupatenId, positionId);
			}

			@Override
			public List<UnitView> unitWithAncestors(Long unitId) {
				return directory.unitWithAncestors(kabupatenId, unitId);
			}

			@Override
			public Optional<UnitView> unit(Long unitId) {
				return directory.unit(kabupatenId, unitId);
			}

			@Override
			public String personName(Long personId) {
				return directory.person(kabupatenId, personId).map(p -> p.name()).orElse("-");
			}

			@Override
			public List<UnitView> units() {
				return directory.units(kabupatenId);
			}

			@Override
			public boolean signsIn(Long personId) {
				return directory.signsIn(personId);
			}

			@Override
			public List<PositionView> positionsIn(Long unitId) {
				return directory.positions(kabupatenId).stream().filter(p -> p.unitId().equals(unitId)).toList();
			}

		});
	}

	/** An organisation that asks its source once per question (not thread-safe). */
	final class Remembered implements Organisation {

		private final Organisation source;

		private final Map<Long, List<PositionView>> subordinates = new HashMap<>();

		private final Map<Long, List<Holding>> holders = new HashMap<>();

		private final Map<Long, Optional<PositionView>> positions = new HashMap<>();

		private final Map<String, Optional<PositionView>> byCode = new HashMap<>();

		private final Map<Long, List<UnitView>> units = new HashMap<>();

		private final Map<Long, Optional<UnitView>> unitsById = new HashMap<>();

		Remembered(Organisation source) {
			this.source = source;
		}

		@Override
		public List<PositionView> subordinatesOf(Long positionId) {
			return this.subordinates.computeIfAbsent(positionId, this.source::subordinatesOf);
		}

		@Override
		public List<Holding> holdersOn(Long positionId) {
			return this.holders.computeIfAbsent(positionId, this.source::holdersOn);
		}

		@Override
		public Optional<PositionView> positionByCode(String code) {
			return this.byCode.computeIfAbsent(code, this.source::positionByCode);
		}

		@Override
		public Optional<PositionView> position(Long positionId) {
			return this.positions.computeIfAbsent(positionId, this.source::position);
		}

		@Override
		public List<UnitView> unitWithAncestors(Long unitId) {
			return this.units.computeIfAbsent(unitId, this.source::unitWithAncestors);
		}

		@Override
		public Optional<UnitView> unit(Long unitId) {
			return this.unitsById.computeIfAbsent(unitId, this.source::unit);
		}

		@Override
		public String personName(Long personId) {
			return this.source.personName(personId);
		}

		private final Map<Long, Boolean> signingIn = new HashMap<>();

		@Override
		public boolean signsIn(Long personId) {
			return this.signingIn.computeIfAbsent(personId, this.source::signsIn);
		}

		private List<UnitView> allUnits;

		private final Map<Long, List<PositionView>> positionsByUnit = new HashMap<>();

		@Override
		public List<UnitView> units() {
			if (this.allUnits == null) {
				this.allUnits = this.source.units();
			}
			return this.allUnits;
		}

		@Override
		public List<PositionView> positionsIn(Long unitId) {
			return this.positionsByUnit.computeIfAbsent(unitId, this.source::positionsIn);
		}

	}

}
