package id.alurkerja.sop;

/**
 * A revision is drafted, then published (at most one per SOP), then retired by the next
 * one.
 */
public enum RevisionStatus {

	DRAFT, PUBLISHED, RETIRED

}
