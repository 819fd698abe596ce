package id.alurkerja.org;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to who holds which position; the admin pages build on it. */
@Service
@Transactional
public class OrgAdministration {

	private final PositionRepository positions;

	private final PersonRepository people;

	private final PositionAssignmentRepository assignments;

	OrgAdministration(PositionRepository positions, PersonRepository people, PositionAssignmentRepository assignments) {
		this.positions = positions;
		this.people = people;
		this.assignments = assignments;
	}

	/**
	 * Appoints a person as Plt. or Plh. of a position from {@code start} to {@code end}
	 * (inclusive); both must belong to the kabupaten.
	 */
	public void appointActing(Long kabupatenId, Long personId, Long positionId, AssignmentKind kind, LocalDate start,
			LocalDate end) {
		if (!kind.acting()) {
			throw new IllegalArgumentException("Only Plt. or Plh. are acting appointments");
		}
		Position position = this.positions.findByIdAndKabupatenId(positionId, kabupatenId).orElseThrow();
		Person person = this.people.findByIdAndKabupatenId(personId, kabupatenId).orElseThrow();
		this.assignments.save(new PositionAssignment(kabupatenId, position.getId(), person.getId(), kind, start, end));
	}

}
