package id.alurkerja.org;

/** How a person holds a position: definitively, or as acting official. */
public enum AssignmentKind {

	DEFINITIF(""),
	/** Pelaksana tugas: an acting head, in common practice for at most a year. */
	PLT("Plt."),
	/**
	 * Pelaksana harian: a day-to-day stand-in, in common practice for at most three
	 * months.
	 */
	PLH("Plh.");

	private final String prefix;

	AssignmentKind(String prefix) {
		this.prefix = prefix;
	}

	/** The prefix written before the position's title, e.g. "Plt. Kepala Dinas ...". */
	public String prefix() {
		return this.prefix;
	}

	public boolean acting() {
		return this != DEFINITIF;
	}

}
