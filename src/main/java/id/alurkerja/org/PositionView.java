package id.alurkerja.org;

/** A position as other modules see it, with the name of its unit. */
public record PositionView(Long id, Long kabupatenId, Long unitId, String unitName, String code, String title,
		Long superiorId, boolean unitHead, int rank) {

	static PositionView of(Position p, String unitName) {
		return new PositionView(p.getId(), p.getKabupatenId(), p.getUnitId(), unitName, p.getCode(), p.getTitle(),
				p.getSuperiorId(), p.isUnitHead(), p.getRank());
	}

}
