package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.List;
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

	default String positionTitle(Long positionId) {
		return position(positionId).map(PositionView::title).orElse("-");
	}

	/** The organisation module's directory as one kabupaten on one day sees it. */
	static Organisation of(OrgDirectory directory, Long kabupatenId, LocalDate today) {
		return new Organisation() {

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

		};
	}

}
