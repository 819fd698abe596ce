package id.alurkerja.org;

/** A unit as other modules see it. */
public record UnitView(Long id, Long kabupatenId, Long parentId, String name, UnitKind kind, String code) {

	static UnitView of(Unit u) {
		return new UnitView(u.getId(), u.getKabupatenId(), u.getParentId(), u.getName(), u.getKind(), u.getCode());
	}

}
