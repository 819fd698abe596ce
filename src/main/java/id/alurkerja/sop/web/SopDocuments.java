package id.alurkerja.sop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.alurkerja.org.Nip;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Phase;
import id.alurkerja.sop.SopContent.Signatory;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopForm;
import id.alurkerja.sop.SopRevisionView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a revision into what the official-format template shows: the identity block with
 * the NIP verdict and the related SOPs resolved to links, the narrative parts, and the
 * drawn flowchart (one table on the web, page-sized chunks in the PDF).
 */
@Component
public class SopDocuments {

	/**
	 * Heights (CSS px) the chart rows of one PDF page may take: an A4 landscape page less
	 * its margins, the table header and, on the first page, the chart title. On the safe
	 * side: a chunk that runs over still breaks, but without its off-page connector.
	 */
	static final int PDF_FIRST_PAGE = 560;

	static final int PDF_OTHER_PAGES = 600;

	// The view records are public only so that SpEL in the templates may read them; the
	// enclosing class keeps them out of other packages.

	/** A printed NIP and what is wrong with it, if anything. */
	public record NipView(String printed, boolean present, boolean valid, String problemKey, int digitCount) {

		static NipView of(String printed) {
			Nip.Check check = Nip.check(printed);
			return new NipView(printed, check.present(), check.valid(),
					(check.problem() != null) ? "nip.problem." + check.problem().name() : null, check.digitCount());
		}

	}

	public record SignatoryView(Signatory signatory, NipView nip) {

		static SignatoryView of(Signatory signatory) {
			return (signatory != null) ? new SignatoryView(signatory, NipView.of(signatory.nip())) : null;
		}

	}

	/** A related SOP; {@code code} is set only when the SOP exists in Alur. */
	public record RelatedView(String text, String code) {
	}

	/**
	 * A numbered step of a narrative procedure, its number as printed within the phase.
	 */
	public record ProcedureStep(String number, Step step) {

		public List<String> lines() {
			return (this.step.activity() != null) ? this.step.activity().lines().toList() : List.of();
		}

	}

	public record PhaseView(Phase phase, List<ProcedureStep> steps) {
	}

	public record Document(SopRevisionView revision, SopContent content, boolean narrative, SignatoryView disahkanOleh,
			List<RelatedView> related, List<PhaseView> phases, SignatoryView enactedBy, Flowchart.Chart chart,
			boolean print) {

		public SopContent.Identity identity() {
			return this.content.identity();
		}

		String fileName() {
			return "SOP-" + this.revision.code() + "-rev" + this.revision.number() + ".pdf";
		}

	}

	private final SopCatalog catalog;

	private final MessageSource messages;

	SopDocuments(SopCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** The document of a revision (a draft too: the editor's preview). */
	public Document document(SopRevisionView revision, Long kabupatenId, Locale locale, boolean print) {
		SopContent content = revision.content();
		List<RelatedView> related = content.identity()
			.keterkaitan()
			.stream()
			.map(r -> new RelatedView(r.text(), this.catalog.exists(kabupatenId, r.code()) ? r.code() : null))
			.toList();
		Flowchart.Labels labels = new Flowchart.Labels(text("sop.chart.ya", locale), text("sop.chart.tidak", locale),
				text("sop.chart.start", locale), text("sop.chart.end", locale));
		Flowchart.Chart chart = print ? Flowchart.paged(content, labels, PDF_FIRST_PAGE, PDF_OTHER_PAGES)
				: Flowchart.single(content, labels);
		return new Document(revision, content, revision.form() == SopForm.NARRATIVE,
				SignatoryView.of(content.identity().disahkanOleh()), related, phases(content),
				(content.enactment() != null) ? SignatoryView.of(content.enactment().signatory()) : null, chart, print);
	}

	private static List<PhaseView> phases(SopContent content) {
		List<PhaseView> phases = new ArrayList<>();
		for (Phase phase : content.phases()) {
			String prefix = phase.code() + ".";
			List<ProcedureStep> steps = content.steps()
				.stream()
				.filter(s -> phase.code().equals(s.phase()))
				.map(s -> new ProcedureStep(s.no().startsWith(prefix) ? s.no().substring(prefix.length()) : s.no(), s))
				.toList();
			phases.add(new PhaseView(phase, steps));
		}
		return phases;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
