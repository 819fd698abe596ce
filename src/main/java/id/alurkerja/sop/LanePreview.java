package id.alurkerja.sop;

import java.util.Optional;

/**
 * Who would act in a lane bound to the case's origin, in plain words, for the editor
 * ("untuk Desa Taniran: Samuel Iber, Kepala Desa Taniran"). The rule that resolves a lane
 * is casework's, which answers this port: casework reads the SOPs, so the SOP module may
 * not ask casework itself.
 */
public interface LanePreview {

	/**
	 * The lane for one origin unit: the position found there (null when none) and who
	 * holds it today (empty when no one).
	 */
	record Example(String originName, String positionTitle, String holders) {
	}

	/**
	 * The lane as resolved for the first unit the SOP serves; empty when the lane is not
	 * bound to the origin or the SOP serves no unit.
	 */
	Optional<Example> preview(Long kabupatenId, Long sopUnitId, SopContent content, SopContent.Lane lane);

}
