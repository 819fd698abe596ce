package id.alurkerja.sop.web;

import java.util.List;

import id.alurkerja.sop.SopContent.Step;

/**
 * The measures of the flowchart table, in CSS pixels. static/css/sop.css gives the
 * columns the same widths: change both together. The SVG of a row must be at least as
 * tall as the row's text, or its connectors would stop short of the next row; so the text
 * height is estimated here, on the safe (taller) side.
 */
final class ChartGeometry {

	static final int NO = 30;

	static final int KEGIATAN = 160;

	static final int LANE = 68;

	static final int KELENGKAPAN = 120;

	static final int WAKTU = 56;

	static final int OUTPUT = 110;

	static final int KETERANGAN = 150;

	/**
	 * Widest average character of 11px Liberation Sans / Arial text, rounded up: fewer
	 * characters per line than reality means taller rows, never clipped connectors.
	 */
	static final double CHAR_WIDTH = 6.2;

	/** Fixed in sop.css for the chart cells. */
	static final int LINE_HEIGHT = 15;

	/** Left plus right padding of a cell (4px each). */
	static final int PADDING_X = 8;

	/** Top plus bottom padding of a cell, plus a margin for borders and rounding. */
	static final int PADDING_Y = 14;

	/** Indent of list items in a cell. */
	static final int LIST_INDENT = 18;

	/** Room for a symbol with its connectors above and below. */
	static final int MIN_ROW = 64;

	/** Extra room for an off-page connector at the top or bottom of a row. */
	static final int CONNECTOR_ROOM = 26;

	private ChartGeometry() {
	}

	static int tableWidth(int lanes) {
		return NO + KEGIATAN + Math.max(1, lanes) * LANE + KELENGKAPAN + WAKTU + OUTPUT + KETERANGAN;
	}

	/** The height the row's texts need at most. */
	static int rowHeight(Step step) {
		int kegiatan = lines(step.activity(), KEGIATAN - PADDING_X) + lines(step.title(), KEGIATAN - PADDING_X);
		int kelengkapan = listLines(step.kelengkapan(), KELENGKAPAN - PADDING_X - LIST_INDENT);
		int waktu = (step.time() != null) ? lines(step.time().printed(), WAKTU - PADDING_X) : 0;
		int output = lines(step.output(), OUTPUT - PADDING_X);
		int keterangan = listLines(step.keterangan(), KETERANGAN - PADDING_X - LIST_INDENT);
		int most = Math.max(Math.max(kegiatan, kelengkapan), Math.max(waktu, Math.max(output, keterangan)));
		return Math.max(MIN_ROW, most * LINE_HEIGHT + PADDING_Y);
	}

	static int listLines(List<String> items, int width) {
		return items.stream().mapToInt(item -> Math.max(1, lines(item, width))).sum();
	}

	/**
	 * Lines a text takes in a column when wrapped greedily at spaces; each line break of
	 * the text starts a new line; a word longer than a line is broken.
	 */
	static int lines(String text, int widthPx) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		int perLine = Math.max(1, (int) Math.floor(widthPx / CHAR_WIDTH));
		int total = 0;
		for (String paragraph : text.split("\\R")) {
			int lines = 1;
			int used = 0;
			for (String word : paragraph.trim().split("\\s+")) {
				int length = word.length();
				if (length == 0) {
					continue;
				}
				int needed = (used == 0) ? length : used + 1 + length;
				if (needed <= perLine) {
					used = needed;
					continue;
				}
				if (used > 0) {
					lines++;
				}
				// a long word fills whole lines, its rest starts the next
				lines += (length - 1) / perLine;
				used = length - ((length - 1) / perLine) * perLine;
			}
			total += lines;
		}
		return total;
	}

}
