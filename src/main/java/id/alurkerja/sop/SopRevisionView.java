package id.alurkerja.sop;

import java.time.Instant;

/**
 * One revision of an SOP as other modules see it: which SOP, which unit, and its full
 * content. Cases keep the {@link #revisionId()} they started on.
 */
public record SopRevisionView(Long revisionId, Long sopId, String code, Long kabupatenId, Long unitId, SopForm form,
		int number, RevisionStatus status, Instant publishedAt, SopContent content) {

	static SopRevisionView of(Sop sop, SopRevision revision) {
		return new SopRevisionView(revision.getId(), sop.getId(), sop.getCode(), sop.getKabupatenId(), sop.getUnitId(),
				sop.getForm(), revision.getNumber(), revision.getStatus(), revision.getPublishedAt(),
				revision.getContent());
	}

	public String name() {
		return this.content.identity().namaSop();
	}

}
