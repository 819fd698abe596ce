package id.alurkerja.sop.web;

import java.util.List;
import java.util.Locale;

import id.alurkerja.sop.RevisionStatus;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.RelatedSop;
import id.alurkerja.sop.SopContent.Signatory;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopForm;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.StepKind;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The view of a revision: related SOPs become links only when they exist in Alur. */
class SopDocumentsTests {

	@Test
	void relatedSopIsLinkedOnlyWhenItsCodeExistsInTheReadersKabupaten() {
		SopCatalog catalog = mock(SopCatalog.class);
		when(catalog.exists(7L, "DPMPEMDES-PK-01")).thenReturn(true);
		SopDocuments documents = new SopDocuments(catalog, new StaticMessageSource());
		SopDocuments.Document document = documents.document(revision(), 7L, Locale.forLanguageTag("id"), false);
		assertThat(document.related()).containsExactly(new SopDocuments.RelatedView("Ada", "DPMPEMDES-PK-01"),
				new SopDocuments.RelatedView("Kode tak dikenal", null),
				new SopDocuments.RelatedView("Tanpa kode", null));
		assertThat(document.disahkanOleh().nip().valid()).isFalse();
		assertThat(document.disahkanOleh().nip().problemKey()).isEqualTo("nip.problem.LENGTH");
		assertThat(document.disahkanOleh().nip().digitCount()).isEqualTo(19);
		assertThat(document.fileName()).isEqualTo("SOP-X-01-rev3.pdf");
		assertThat(document.chart().chunks()).hasSize(1);
	}

	@Test
	void printModeCutsALongChartIntoPagesJoinedByLetteredConnectors() {
		SopCatalog catalog = mock(SopCatalog.class);
		SopDocuments documents = new SopDocuments(catalog, new StaticMessageSource());
		SopDocuments.Document document = documents.document(revision(), 7L, Locale.forLanguageTag("id"), true);
		List<Flowchart.Chunk> chunks = document.chart().chunks();
		assertThat(chunks).hasSizeGreaterThan(1);
		Flowchart.Row last = chunks.get(0).rows().get(chunks.get(0).rows().size() - 1);
		Flowchart.Row first = chunks.get(1).rows().get(0);
		assertThat(last.svg()).contains("class=\"off-page\"", "data-letter=\"A\"");
		assertThat(first.svg()).contains("class=\"off-page\"", "data-letter=\"A\"");
	}

	private static SopRevisionView revision() {
		Identity identity = new Identity(List.of(), "X/01", "", "", "",
				new Signatory("Kepala", "Nama", "Pembina", "196990608 199403 1 012"), "Nama SOP", "", List.of(),
				List.of(), List.of(new RelatedSop("Ada", "DPMPEMDES-PK-01"),
						new RelatedSop("Kode tak dikenal", "TIDAK-ADA"), new RelatedSop("Tanpa kode", null)),
				List.of(), List.of(), List.of());
		String longText = "kata ".repeat(120);
		List<Step> steps = new java.util.ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			StepKind kind = (i == 1) ? StepKind.START : (i == 8) ? StepKind.END : StepKind.PROCESS;
			steps.add(new Step(String.valueOf(i), kind, null, (i % 2 == 0) ? "a" : "b", longText, List.of(), null, "",
					List.of(), null, null, null, null, null, List.of(), null));
		}
		SopContent content = new SopContent(identity,
				List.of(new Lane("a", "Lane A", "a", false, null), new Lane("b", "Lane B", "b", false, null)), steps,
				List.of(), List.of(), null, List.of(), List.of());
		return new SopRevisionView(1L, 1L, "X-01", 7L, 1L, SopForm.FLOWCHART, 3, RevisionStatus.PUBLISHED, null,
				content);
	}

}
