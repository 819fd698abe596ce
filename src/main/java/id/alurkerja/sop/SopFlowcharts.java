package id.alurkerja.sop;

import java.util.List;
import java.util.Locale;

import id.alurkerja.sop.web.Flowchart;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The drawn flowchart of a revision for pages outside the SOP module (the case page marks
 * the path of a case on it): per step its number, activity and lane area as SVG, the same
 * drawing as the official document.
 */
@Service
public class SopFlowcharts {

	/** The lane headers and the rows of a chart. */
	public record CaseChart(List<String> laneNames, List<ChartRow> rows) {

		public int laneColumns() {
			return Math.max(1, this.laneNames.size());
		}

	}

	/** One step's row; the SVG is generated on the server with every text escaped. */
	public record ChartRow(String stepNo, String activity, String svg) {
	}

	private final MessageSource messages;

	SopFlowcharts(MessageSource messages) {
		this.messages = messages;
	}

	public CaseChart chart(SopContent content, Locale locale) {
		Flowchart.Chart chart = Flowchart.single(content, new Flowchart.Labels(text("sop.chart.ya", locale),
				text("sop.chart.tidak", locale), text("sop.chart.start", locale), text("sop.chart.end", locale)));
		return new CaseChart(chart.lanes().stream().map(SopContent.Lane::name).toList(),
				chart.chunks()
					.stream()
					.flatMap(c -> c.rows().stream())
					.map(r -> new ChartRow(r.step().no(), r.step().activity(), r.svg()))
					.toList());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
