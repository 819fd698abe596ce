package id.alurkerja.org;

import java.time.LocalDate;

/**
 * One person holding one position over a date range: definitively or as Plt./Plh.
 */
public record Holding(PositionView position, PersonView person, AssignmentKind kind, LocalDate startDate,
		LocalDate endDate) {

	/** The position's title as it is signed, e.g. "Plt. Kepala Dinas ...". */
	public String positionLabel() {
		return this.kind.acting() ? this.kind.prefix() + " " + this.position.title() : this.position.title();
	}

}
