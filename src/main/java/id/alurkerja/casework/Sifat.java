package id.alurkerja.casework;

/** Urgency of a case or a disposition, as on the lembar disposisi. */
public enum Sifat {

	BIASA, SEGERA, SANGAT_SEGERA,
	/** Seen only by those who act on the case and their superiors. */
	RAHASIA

}
