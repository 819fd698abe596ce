package id.alurkerja.sop;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads SOPs. Every lookup by code takes the reader's kabupaten: another kabupaten's SOP
 * is not found. Drafts are not shown here (they belong to the editor).
 */
@Service
@Transactional(readOnly = true)
public class SopCatalog {

	private final SopRepository sops;

	private final SopRevisionRepository revisions;

	private final OrgDirectory directory;

	/** The content of revisions past their draft, by id ({@link #frozenContent}). */
	private final Map<Long, SopContent> frozen = new ConcurrentHashMap<>();

	SopCatalog(SopRepository sops, SopRevisionRepository revisions, OrgDirectory directory) {
		this.sops = sops;
		this.revisions = revisions;
		this.directory = directory;
	}

	/**
	 * The published SOPs of a kabupaten whose name, number or office contains every word
	 * of the query.
	 */
	public List<SopSummary> catalogue(Long kabupatenId, String query) {
		List<Sop> all = this.sops.findByKabupatenId(kabupatenId);
		if (all.isEmpty()) {
			return List.of();
		}
		Map<Long, SopRevision> published = this.revisions
			.findBySopIdInAndStatus(all.stream().map(Sop::getId).toList(), RevisionStatus.PUBLISHED)
			.stream()
			.collect(Collectors.toMap(SopRevision::getSopId, Function.identity()));
		Map<Long, String> unitNames = this.directory.units(kabupatenId)
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name));
		List<String> words = (query == null) ? List.of()
				: List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
					.stream()
					.filter(w -> !w.isEmpty())
					.toList();
		return all.stream()
			.filter(s -> published.containsKey(s.getId()))
			.map(s -> summary(s, published.get(s.getId()), unitNames.getOrDefault(s.getUnitId(), "")))
			.filter(summary -> matches(summary, words))
			.sorted(Comparator.comparing(SopSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public Optional<SopRevisionView> published(Long kabupatenId, String code) {
		return this.sops.findByKabupatenIdAndCode(kabupatenId, code)
			.flatMap(sop -> this.revisions.findBySopIdAndStatus(sop.getId(), RevisionStatus.PUBLISHED)
				.map(r -> SopRevisionView.of(sop, r)));
	}

	/** A published or retired revision by number; drafts are not readable here. */
	public Optional<SopRevisionView> revision(Long kabupatenId, String code, int number) {
		return this.sops.findByKabupatenIdAndCode(kabupatenId, code)
			.flatMap(sop -> this.revisions.findBySopIdAndNumber(sop.getId(), number)
				.filter(r -> r.getStatus() != RevisionStatus.DRAFT)
				.map(r -> SopRevisionView.of(sop, r)));
	}

	/** The published and retired revisions of an SOP, newest first. */
	public List<SopRevisionView> history(Long kabupatenId, String code) {
		return this.sops.findByKabupatenIdAndCode(kabupatenId, code)
			.map(sop -> this.revisions.findBySopIdOrderByNumberDesc(sop.getId())
				.stream()
				.filter(r -> r.getStatus() != RevisionStatus.DRAFT)
				.map(r -> SopRevisionView.of(sop, r))
				.toList())
			.orElse(List.of());
	}

	/** A revision by id, for cases pinned to it; the caller checks the kabupaten. */
	/**
	 * What a revision a case runs on says. A revision that is no longer a draft never
	 * changes (V2's trigger refuses it), so each node keeps its content once read: the
	 * rules of every action on a case ask it, and it costs no statement after the first.
	 */
	public Optional<SopContent> frozenContent(Long revisionId) {
		SopContent known = this.frozen.get(revisionId);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<SopRevision> revision = this.revisions.findById(revisionId);
		revision.filter(r -> r.getStatus() != RevisionStatus.DRAFT)
			.ifPresent(r -> this.frozen.put(revisionId, r.getContent()));
		return revision.map(SopRevision::getContent);
	}

	public Optional<SopRevisionView> revisionById(Long revisionId) {
		return this.revisions.findById(revisionId)
			.flatMap(r -> this.sops.findById(r.getSopId()).map(sop -> SopRevisionView.of(sop, r)));
	}

	public boolean exists(Long kabupatenId, String code) {
		return code != null && this.sops.findByKabupatenIdAndCode(kabupatenId, code).isPresent();
	}

	private static SopSummary summary(Sop sop, SopRevision revision, String unitName) {
		SopContent.Identity identity = revision.getContent().identity();
		return new SopSummary(sop.getCode(), identity.namaSop(), unitName, identity.nomorSop(), revision.getNumber(),
				identity.tanggalEfektif(), sop.getForm(), sop.getUnitId());
	}

	private static boolean matches(SopSummary summary, List<String> words) {
		String haystack = (summary.name() + " " + summary.unitName() + " " + summary.nomorSop() + " " + summary.code())
			.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(haystack::contains);
	}

}
