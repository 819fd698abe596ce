package id.alurkerja.sop.web;

import java.util.Arrays;
import java.util.List;

import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;
import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The lane area of each row is an SVG drawn on the server: the step's symbol, in the
 * shape the guideline gives its kind, sits in its lane's column; Tidak exits loop back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopFlowchartSvgTests {

	@LocalServerPort
	int port;

	@Autowired
	SopCatalog catalog;

	@Autowired
	OrgDirectory directory;

	@Test
	void everyStepsSymbolHasItsShapeAndSitsInItsLanesColumn() {
		for (SeedSop seed : SeedSop.all()) {
			SopContent content = content(seed);
			Document page = page(seed);
			List<String> laneKeys = content.lanes().stream().map(Lane::key).toList();
			for (Step step : content.steps()) {
				Element row = page.selectFirst("table.sop-chart tbody tr[data-step=\"" + step.no() + "\"]");
				Element svg = row.selectFirst("td.sop-lanes > svg");
				assertThat(row.selectFirst("td.sop-lanes").attr("colspan"))
					.isEqualTo(String.valueOf(content.lanes().size()));
				double laneWidth = Double.parseDouble(svg.attr("data-lane-width"));
				assertThat(Double.parseDouble(svg.attr("width"))).isEqualTo(laneWidth * content.lanes().size());
				Element symbol = svg.selectFirst("g.step");
				assertThat(symbol.attr("data-step")).isEqualTo(step.no());
				assertThat(symbol.attr("data-lane")).isEqualTo(step.lane());
				double centre = switch (step.kind()) {
					case DECISION -> diamondCentre(symbol);
					case START, END -> terminatorCentre(symbol);
					case PROCESS -> (step.printedMarker() != null) ? terminatorCentre(symbol) : rectangleCentre(symbol);
				};
				int lane = laneKeys.indexOf(step.lane());
				assertThat(centre).as(seed.code + " step " + step.no() + " in lane " + step.lane())
					.isBetween(lane * laneWidth, (lane + 1) * laneWidth)
					.isCloseTo((lane + 0.5) * laneWidth, within(0.5));
				// every step but the start is entered by an arrow, every step but an
				// end leaves by one
				if (step.kind() != StepKind.START) {
					assertThat(page.select("path.edge[data-to=\"" + step.no() + "\"]")).as(step.no()).isNotEmpty();
				}
				if (step.kind() != StepKind.END) {
					assertThat(svg.select("path.edge[data-from=\"" + step.no() + "\"]")).as(step.no()).isNotEmpty();
				}
			}
		}
	}

	@Test
	void seed002TidakExitsLoopBackOnTracksOfTheirOwn() {
		Document page = page(SeedSop.KSAD);
		assertThat(tidak(page, "6", "5")).isNotEmpty();
		for (String from : List.of("8", "9", "10")) {
			assertThat(tidak(page, from, "7")).as("Tidak " + from + " -> 7").isNotEmpty();
		}
		// a back-loop runs through every row between its ends: 10 -> 7 crosses 8 and 9
		for (String through : List.of("7", "8", "9", "10")) {
			assertThat(row(page, through).select("path[data-edge=tidak][data-from=10][data-to=7]")).as(through)
				.isNotEmpty();
		}
		assertThat(row(page, "11").select("path[data-edge=tidak]")).isEmpty();
		// each loop its own track: 8 -> 7, 9 -> 7 and 10 -> 7 run through row 8, each at
		// its own x
		List<String> trackXs = row(page, "8").select("path[data-edge=tidak]")
			.stream()
			.filter(p -> p.attr("d").matches("M[\\d.]+ 0 V[\\d.]+"))
			.map(p -> p.attr("d").split(" ")[0])
			.distinct()
			.toList();
		assertThat(trackXs).hasSize(3);
		// the Ya and Tidak labels are drawn
		assertThat(row(page, "6").select("text").eachText()).contains("Ya", "Tidak");
		assertThat(row(page, "6").select("polygon.decision")).hasSize(1);
	}

	@Test
	void seed001FlowGoesFromRow3ToRow5AcrossTheMissingRow4() {
		Document page = page(SeedSop.KERJASAMA_ANTAR_DESA);
		assertThat(row(page, "3").select("path[data-edge=next][data-from=3][data-to=5]")).hasSize(1);
		assertThat(row(page, "5").select("path[data-edge=next][data-from=3][data-to=5]")).hasSize(1);
		assertThat(page.select("g.off-page")).as("one chunk on the web").isEmpty();
	}

	private static Elements tidak(Document page, String from, String to) {
		return page.select("path[data-edge=tidak][data-from=" + from + "][data-to=" + to + "]");
	}

	private static Element row(Document page, String no) {
		return page.selectFirst("table.sop-chart tbody tr[data-step=\"" + no + "\"]");
	}

	private static double rectangleCentre(Element symbol) {
		Element rect = symbol.selectFirst("rect.process");
		assertThat(rect).as("rectangle of step " + symbol.attr("data-step")).isNotNull();
		assertThat(rect.hasAttr("rx")).isFalse();
		return Double.parseDouble(rect.attr("x")) + Double.parseDouble(rect.attr("width")) / 2;
	}

	private static double terminatorCentre(Element symbol) {
		Element rect = symbol.selectFirst("rect.terminator");
		assertThat(rect).as("capsule of step " + symbol.attr("data-step")).isNotNull();
		// a capsule: corners rounded by half its height
		assertThat(Double.parseDouble(rect.attr("rx")) * 2).isEqualTo(Double.parseDouble(rect.attr("height")));
		return Double.parseDouble(rect.attr("x")) + Double.parseDouble(rect.attr("width")) / 2;
	}

	private static double diamondCentre(Element symbol) {
		Element polygon = symbol.selectFirst("polygon.decision");
		assertThat(polygon).as("diamond of step " + symbol.attr("data-step")).isNotNull();
		String[] points = polygon.attr("points").trim().split("\\s+");
		assertThat(points).hasSize(4);
		double[] xs = Arrays.stream(points).mapToDouble(p -> Double.parseDouble(p.split(",")[0])).toArray();
		double[] ys = Arrays.stream(points).mapToDouble(p -> Double.parseDouble(p.split(",")[1])).toArray();
		// top and bottom on the centre line, left and right on the middle
		assertThat(xs[0]).isEqualTo(xs[2]);
		assertThat(ys[1]).isEqualTo(ys[3]);
		return xs[0];
	}

	private SopContent content(SeedSop seed) {
		Long kabupaten = this.directory.kabupatenByName(seed.kabupaten).orElseThrow().id();
		return this.catalog.published(kabupaten, seed.code).orElseThrow().content();
	}

	private Document page(SeedSop seed) {
		WebSession session = new WebSession(this.port);
		session.login(seed.reader, SeedSop.PASSWORD);
		var response = session.get("/sop/" + seed.code);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("style-src 'self'");
		assertThat(response.body()).doesNotContain("style=");
		return Jsoup.parse(response.body());
	}

}
