package id.alurkerja.org;

/** A kabupaten as other modules see it. */
public record KabupatenView(Long id, String name, String code) {

	static KabupatenView of(Kabupaten k) {
		return new KabupatenView(k.getId(), k.getName(), k.getCode());
	}

}
