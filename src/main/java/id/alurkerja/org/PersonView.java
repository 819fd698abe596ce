package id.alurkerja.org;

/**
 * A person as other modules see it; {@link #nipCheck()} tells whether the NIP is valid.
 */
public record PersonView(Long id, Long kabupatenId, String name, String nip, String pangkat, String golongan,
		String email) {

	static PersonView of(Person p) {
		return new PersonView(p.getId(), p.getKabupatenId(), p.getName(), p.getNip(), p.getPangkat(), p.getGolongan(),
				p.getEmail());
	}

	public Nip.Check nipCheck() {
		return Nip.check(this.nip);
	}

}
