package id.alurkerja.sop.web;

import java.util.List;

import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Identity;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated SVG is inserted unescaped, so every text in it must come out escaped and
 * the markup well-formed whatever an admin typed.
 */
class SvgWriterTests {

	@Test
	void escapesTextAndAttributesAndDropsCharactersXmlForbids() {
		String markup = new SvgWriter().open("g", "data-step", "1\"><script>")
			.text("text", "<b>&'\u0001", "x", 1.0)
			.close("g")
			.markup();
		assertThat(markup)
			.isEqualTo("<g data-step=\"1&quot;&gt;&lt;script&gt;\"><text x=\"1\">&lt;b&gt;&amp;&#39;</text></g>");
	}

	@Test
	void hostileTextsInAnSopStayTextInTheDrawnChart() {
		String evil = "</svg><script>alert(1)</script>";
		SopContent content = new SopContent(
				new Identity(List.of(), "", "", "", "", null, "x", "", List
					.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
				List.of(new Lane(evil, evil, null, true, null)),
				List.of(new Step(evil, StepKind.START, evil, evil, "a", List.of(), null, "", List.of(), null, null,
						null, null, null, List.of(), null),
						new Step("2", StepKind.END, null, evil, "b", List.of(), null, "", List.of(), null, null, null,
								null, null, List.of(), null)),
				List.of(), List.of(), null, List.of(), List.of());
		Flowchart.Chart chart = Flowchart.single(content, new Flowchart.Labels("Ya", "Tidak", "Mulai", "Selesai"));
		for (Flowchart.Row row : chart.chunks().get(0).rows()) {
			assertThat(row.svg()).doesNotContain("<script", "</svg><");
			// well-formed XML, one svg root
			var xml = Jsoup.parse(row.svg(), "", Parser.xmlParser());
			assertThat(xml.select("svg")).hasSize(1);
			assertThat(xml.select("script")).isEmpty();
		}
		assertThat(chart.chunks().get(0).rows().get(0).svg()).contains("&lt;/svg&gt;&lt;script&gt;");
	}

	@Test
	void textHeightEstimateWrapsWordsAndGrowsWithLists() {
		assertThat(ChartGeometry.lines("", 100)).isZero();
		assertThat(ChartGeometry.lines("satu", 100)).isEqualTo(1);
		// 152px hold 24 characters of 6.2px
		assertThat(ChartGeometry.lines("a".repeat(24), 152)).isEqualTo(1);
		assertThat(ChartGeometry.lines("a".repeat(25), 152)).isEqualTo(2);
		assertThat(ChartGeometry.lines("aaaa bbbb cccc dddd eeee ffff", 152)).isEqualTo(2);
		assertThat(ChartGeometry.lines("baris satu\nbaris dua", 152)).isEqualTo(2);
	}

}
