package id.alurkerja.reports.web;

import java.util.List;
import java.util.Locale;

import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.StepFigures;

import org.springframework.web.util.HtmlUtils;

/**
 * Charts as SVG drawn on the server, with presentation attributes only (the CSP forbids
 * inline styles and scripts); the same markup goes into the PDF.
 */
final class Charts {

	private static final int WIDTH = 640;

	private static final int ROW = 22;

	private static final int LABEL = 150;

	private static final String BAR = "#0b4f6c";

	private static final String LATE = "#b02a37";

	private static final String MARK = "#f0ad00";

	private Charts() {
	}

	/**
	 * Median time per timed step as a share of its maximum standard: the line at 100% is
	 * the standard, the tick is the 90th percentile.
	 */
	static String actualVsStandard(Evaluation evaluation, String title) {
		List<StepFigures> timed = evaluation.steps()
			.stream()
			.filter(s -> s.standard() != null && s.median() != null && s.standard().max() > 0)
			.toList();
		int height = 30 + Math.max(1, timed.size()) * ROW + 20;
		double scaleMax = 2.0;
		int plot = WIDTH - LABEL - 60;
		StringBuilder svg = open(height, title);
		int x100 = LABEL + (int) (plot / scaleMax);
		svg.append(line(x100, 24, x100, height - 18, "#6c757d"));
		svg.append(text(x100 - 12, height - 4, "100%", "start"));
		svg.append(text(LABEL + plot - 20, height - 4, "200%", "start"));
		int y = 30;
		for (StepFigures s : timed) {
			double ratio = Math.min(scaleMax, s.median() / s.standard().max());
			double p90 = Math.min(scaleMax, s.p90() / s.standard().max());
			int w = (int) (ratio / scaleMax * plot);
			svg.append(text(LABEL - 6, y + 14, "Langkah " + s.no(), "end"));
			svg.append(rect(LABEL, y + 3, Math.max(1, w), ROW - 8, (s.median() > s.standard().max()) ? LATE : BAR));
			int xp = LABEL + (int) (p90 / scaleMax * plot);
			svg.append(line(xp, y + 1, xp, y + ROW - 3, MARK));
			svg.append(text(LABEL + w + 4, y + 14, percent(s.median() / s.standard().max()), "start"));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	/** Completed tasks per month (bars) and the share on time (label). */
	static String trend(List<Evaluation.Month> months, String title) {
		int height = 190;
		int n = Math.max(1, months.size());
		int max = Math.max(1, months.stream().mapToInt(Evaluation.Month::completed).max().orElse(1));
		int slot = (WIDTH - 40) / n;
		StringBuilder svg = open(height, title);
		int x = 30;
		for (Evaluation.Month m : months) {
			int h = (int) (120.0 * m.completed() / max);
			svg.append(rect(x + 2, 150 - h, Math.max(2, slot - 6), Math.max(1, h), BAR));
			svg.append(text(x + slot / 2, 164, m.month().substring(2), "middle"));
			svg.append(text(x + slot / 2, 145 - h, Integer.toString(m.completed()), "middle"));
			if (m.withinShare() != null) {
				svg.append(text(x + slot / 2, 180, percent(m.withinShare()), "middle"));
			}
			x += slot;
		}
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars: one label and one count per line. */
	static String bars(List<String> labels, List<Integer> values, String title, boolean late) {
		int height = 30 + Math.max(1, labels.size()) * ROW + 10;
		int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
		int plot = WIDTH - LABEL - 60;
		StringBuilder svg = open(height, title);
		int y = 30;
		for (int i = 0; i < labels.size(); i++) {
			int w = (int) ((double) values.get(i) / max * plot);
			String label = labels.get(i);
			svg.append(text(LABEL - 6, y + 14, (label.length() > 24) ? label.substring(0, 23) + "…" : label, "end"));
			svg.append(rect(LABEL, y + 3, Math.max(1, w), ROW - 8, late ? LATE : BAR));
			svg.append(text(LABEL + w + 4, y + 14, Integer.toString(values.get(i)), "start"));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(int height, String title) {
		return new StringBuilder(2048)
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"11\"><title>")
			.append(HtmlUtils.htmlEscape(title))
			.append("</title>")
			.append(text(4, 14, title, "start").replace("<text ", "<text font-weight=\"bold\" "));
	}

	private static String rect(int x, int y, int w, int h, String fill) {
		return "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>".formatted(x, y, w, h, fill);
	}

	private static String line(int x1, int y1, int x2, int y2, String stroke) {
		return "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>".formatted(x1, y1, x2,
				y2, stroke);
	}

	private static String text(int x, int y, String text, String anchor) {
		return "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#212529\">%s</text>".formatted(x, y, anchor,
				HtmlUtils.htmlEscape(text));
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

}
