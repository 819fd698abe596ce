package id.alurkerja.sop.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;

import static id.alurkerja.sop.web.ChartGeometry.CONNECTOR_ROOM;
import static id.alurkerja.sop.web.ChartGeometry.LANE;

/**
 * Draws the lane area of the flowchart table: one SVG per row, holding the lane
 * separators, the step's symbol in its lane's column and the pieces of every connector
 * that crosses the row. A connector to the next row runs down and jogs sideways at the
 * bottom of the row; every other connector (Tidak exits, back-loops, jumps) gets a
 * vertical track of its own at the right of the lane area, shortest span nearest the
 * lanes, so that nested loops never cross. When the chart is split over pages, a flow
 * that leaves a chunk ends in an off-page connector (pentagon) and comes back out of one
 * with the same letter.
 */
public final class Flowchart {

	// The view records are public only so that SpEL in the templates may read them; the
	// enclosing class keeps them out of other packages.

	/** Texts drawn inside the chart, in the reader's language. */
	public record Labels(String ya, String tidak, String start, String end) {
	}

	/** One row of the table with its drawn lane area. */
	public record Row(Step step, String svg, int height) {

		/** The activity as printed, line by line (narrative steps hold several). */
		public List<String> activityLines() {
			return (this.step.activity() != null) ? this.step.activity().lines().toList() : List.of();
		}

	}

	/**
	 * Rows printed as one table: a page of the PDF, or the whole chart on the web.
	 */
	public record Chunk(List<Row> rows) {
	}

	public record Chart(List<Lane> lanes, List<Chunk> chunks, int width) {

		/** Columns of the lane area: at least one, even for an SOP without lanes. */
		public int laneColumns() {
			return Math.max(1, this.lanes.size());
		}

	}

	enum EdgeType {

		NEXT, YA, TIDAK;

		String attribute() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	record Edge(int from, int to, EdgeType type) {

		int top() {
			return Math.min(this.from, this.to);
		}

		int bottom() {
			return Math.max(this.from, this.to);
		}

	}

	private static final String FONT = "Liberation Sans, Arial, Helvetica, sans-serif";

	private static final String INK = "#000000";

	private static final String PAPER = "#ffffff";

	private static final String SEPARATOR = "#b8b8b8";

	/** An off-page connector is this tall (and 16 wide). */
	private static final int PENTAGON = 16;

	private final List<Step> steps;

	private final List<Lane> lanes;

	private final Labels labels;

	private final int width;

	private final int[] laneOf;

	private final List<Edge> sequential = new ArrayList<>();

	/** Track edges with the x of their track. */
	private final Map<Edge, Double> tracks = new LinkedHashMap<>();

	private int[] chunkOf = new int[0];

	private int[] heights = new int[0];

	/** Letters of the off-page connectors at the boundary below row i, per edge. */
	private final Map<Integer, Map<Edge, String>> connectors = new HashMap<>();

	private Flowchart(SopContent content, Labels labels) {
		this.steps = content.steps();
		this.lanes = content.lanes();
		this.labels = labels;
		this.width = Math.max(1, this.lanes.size()) * LANE;
		this.laneOf = new int[this.steps.size()];
		Map<String, Integer> laneIndex = new HashMap<>();
		for (int i = 0; i < this.lanes.size(); i++) {
			laneIndex.put(this.lanes.get(i).key(), i);
		}
		Map<String, Integer> stepIndex = new HashMap<>();
		for (int i = 0; i < this.steps.size(); i++) {
			stepIndex.putIfAbsent(this.steps.get(i).no(), i);
			// a step without a known lane is drawn in the first column rather than
			// failing the page: validation reports it elsewhere
			this.laneOf[i] = laneIndex.getOrDefault(this.steps.get(i).lane(), 0);
		}
		List<Edge> jumps = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			for (Edge edge : edges(content, i, stepIndex)) {
				if (edge.type() != EdgeType.TIDAK && edge.to() == edge.from() + 1) {
					this.sequential.add(edge);
				}
				else {
					jumps.add(edge);
				}
			}
		}
		jumps.sort(Comparator.comparingInt((Edge e) -> e.bottom() - e.top()).thenComparingInt(Edge::from));
		// the tracks share the free margin right of the last lane's symbols
		double spacing = Math.min(3.0, 11.0 / Math.max(1, jumps.size()));
		for (int k = 0; k < jumps.size(); k++) {
			this.tracks.put(jumps.get(k), this.width - 2.5 - spacing * (jumps.size() - 1 - k));
		}
	}

	/** The whole chart as one table, for the web page. */
	public static Chart single(SopContent content, Labels labels) {
		return paged(content, labels, Integer.MAX_VALUE, Integer.MAX_VALUE);
	}

	/**
	 * The chart cut into tables that each fit a page: {@code firstPage} and
	 * {@code otherPages} are the heights (CSS px) the rows of a table may take.
	 */
	static Chart paged(SopContent content, Labels labels, int firstPage, int otherPages) {
		Flowchart chart = new Flowchart(content, labels);
		return chart.layout(firstPage, otherPages);
	}

	private Chart layout(int firstPage, int otherPages) {
		int n = this.steps.size();
		this.chunkOf = new int[n];
		this.heights = new int[n];
		int chunk = 0;
		int used = 0;
		for (int i = 0; i < n; i++) {
			int height = ChartGeometry.rowHeight(this.steps.get(i));
			int budget = (chunk == 0) ? firstPage : otherPages;
			// room for the off-page connectors that may close this chunk and open the
			// next
			if (used > 0 && (long) used + height + 2L * CONNECTOR_ROOM > budget) {
				chunk++;
				used = 0;
			}
			this.chunkOf[i] = chunk;
			this.heights[i] = height;
			used += height;
		}
		for (int i = 0; i < n; i++) {
			if (startsChunk(i)) {
				this.heights[i] += CONNECTOR_ROOM;
			}
			if (endsChunk(i)) {
				this.heights[i] += CONNECTOR_ROOM;
			}
		}
		assignConnectorLetters();
		List<Chunk> chunks = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (i > 0 && this.chunkOf[i] != this.chunkOf[i - 1]) {
				chunks.add(new Chunk(List.copyOf(rows)));
				rows.clear();
			}
			rows.add(new Row(this.steps.get(i), draw(i), this.heights[i]));
		}
		if (!rows.isEmpty() || chunks.isEmpty()) {
			chunks.add(new Chunk(List.copyOf(rows)));
		}
		return new Chart(this.lanes, List.copyOf(chunks), this.width);
	}

	private boolean startsChunk(int i) {
		return i > 0 && this.chunkOf[i] != this.chunkOf[i - 1];
	}

	private boolean endsChunk(int i) {
		return i + 1 < this.chunkOf.length && this.chunkOf[i] != this.chunkOf[i + 1];
	}

	/**
	 * Each flow crossing a page boundary gets a letter: A, B, ... Z, then A2 ...
	 */
	private void assignConnectorLetters() {
		int count = 0;
		for (int i = 0; i < this.steps.size(); i++) {
			if (!endsChunk(i)) {
				continue;
			}
			Map<Edge, String> letters = new LinkedHashMap<>();
			for (Edge edge : this.sequential) {
				if (edge.from() == i) {
					letters.put(edge, letter(count++));
				}
			}
			for (Edge edge : this.tracks.keySet()) {
				if (edge.top() <= i && edge.bottom() > i) {
					letters.put(edge, letter(count++));
				}
			}
			this.connectors.put(i, letters);
		}
	}

	private static String letter(int index) {
		String letter = String.valueOf((char) ('A' + index % 26));
		return (index < 26) ? letter : letter + (index / 26 + 1);
	}

	private static List<Edge> edges(SopContent content, int i, Map<String, Integer> stepIndex) {
		Step step = content.steps().get(i);
		List<Edge> out = new ArrayList<>();
		if (step.kind() == StepKind.DECISION) {
			index(stepIndex, step.ya()).ifPresent(j -> out.add(new Edge(i, j, EdgeType.YA)));
			index(stepIndex, step.tidak()).ifPresent(j -> out.add(new Edge(i, j, EdgeType.TIDAK)));
		}
		else {
			content.following(step)
				.flatMap(next -> index(stepIndex, next.no()))
				.ifPresent(j -> out.add(new Edge(i, j, EdgeType.NEXT)));
		}
		return out;
	}

	private static Optional<Integer> index(Map<String, Integer> stepIndex, String no) {
		return Optional.ofNullable((no != null) ? stepIndex.get(no) : null);
	}

	// ---- drawing one row

	private double centreX(int row) {
		return this.laneOf[row] * LANE + LANE / 2.0;
	}

	private double centreY(int row) {
		int top = startsChunk(row) ? CONNECTOR_ROOM : 0;
		int bottom = endsChunk(row) ? CONNECTOR_ROOM : 0;
		return top + (this.heights[row] - top - bottom) / 2.0;
	}

	private boolean terminator(Step step) {
		return step.kind() == StepKind.START || step.kind() == StepKind.END || hasText(step.printedMarker());
	}

	private double halfWidth(Step step) {
		return terminator(step) ? 24 : 20;
	}

	private double halfHeight(Step step) {
		if (terminator(step)) {
			return 11;
		}
		return (step.kind() == StepKind.DECISION) ? 16 : 13;
	}

	private String draw(int i) {
		Step step = this.steps.get(i);
		int h = this.heights[i];
		SvgWriter svg = new SvgWriter();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "sop-lane-svg", "width", this.width, "height",
				h, "viewBox", "0 0 " + this.width + " " + h, "data-lane-width", LANE, "aria-hidden", "true");
		for (int k = 1; k < Math.max(1, this.lanes.size()); k++) {
			svg.empty("line", "x1", k * LANE, "y1", 0, "x2", k * LANE, "y2", h, "stroke", SEPARATOR, "stroke-width",
					0.5);
		}
		double cx = centreX(i);
		double cy = centreY(i);
		double top = cy - halfHeight(step);
		double bottom = cy + halfHeight(step);
		for (Edge edge : this.sequential) {
			if (edge.to() == i) {
				incoming(svg, edge, cx, top);
			}
			if (edge.from() == i) {
				outgoing(svg, edge, cx, bottom, h);
			}
		}
		for (Map.Entry<Edge, Double> track : this.tracks.entrySet()) {
			drawTrack(svg, track.getKey(), track.getValue(), i, h);
		}
		symbol(svg, step, i, cx, cy);
		svg.close("svg");
		return svg.markup();
	}

	private void incoming(SvgWriter svg, Edge edge, double cx, double top) {
		double from = 0;
		if (startsChunk(edge.to())) {
			pentagon(svg, cx, 4, letterFor(edge.from(), edge), edge);
			from = 4 + PENTAGON;
		}
		line(svg, edge, "M" + n(cx) + " " + n(from) + " V" + n(top - 6));
		arrowDown(svg, cx, top);
	}

	private void outgoing(SvgWriter svg, Edge edge, double cx, double bottom, int h) {
		double nextX = centreX(edge.to());
		if (edge.type() == EdgeType.YA) {
			label(svg, this.labels.ya(), cx + 4, bottom + 10, "start");
		}
		if (endsChunk(edge.from())) {
			double pentagonTop = h - 4 - PENTAGON;
			double jog = pentagonTop - 8;
			line(svg, edge, "M" + n(cx) + " " + n(bottom) + " V" + n(jog) + " H" + n(nextX) + " V" + n(pentagonTop));
			pentagon(svg, nextX, pentagonTop, letterFor(edge.from(), edge), edge);
			return;
		}
		double jog = h - 6;
		line(svg, edge, "M" + n(cx) + " " + n(bottom) + " V" + n(jog) + " H" + n(nextX) + " V" + h);
	}

	/** The piece of a track edge that crosses row {@code i}, if any. */
	private void drawTrack(SvgWriter svg, Edge edge, double x, int i, int h) {
		if (i < edge.top() || i > edge.bottom()) {
			return;
		}
		// the vertical run inside this row: from where it enters to where it leaves
		double y1 = 0;
		double y2 = h;
		if (i == edge.from()) {
			double exit = exit(svg, edge, x, i);
			if (edge.to() < edge.from()) {
				y2 = exit;
			}
			else {
				y1 = exit;
			}
		}
		if (i == edge.to()) {
			double entry = centreY(i);
			Step target = this.steps.get(i);
			double edgeX = centreX(i) + halfWidth(target);
			line(svg, edge, "M" + n(x) + " " + n(entry) + " H" + n(edgeX + 6));
			arrowLeft(svg, edgeX, entry);
			if (edge.to() < edge.from()) {
				y1 = entry;
			}
			else {
				y2 = entry;
			}
		}
		if (edge.from() == edge.to()) {
			return;
		}
		double connectorX = Math.min(x, this.width - 9);
		if (y1 == 0 && startsChunk(i) && i > edge.top()) {
			pentagon(svg, connectorX, 4, letterFor(i - 1, edge), edge);
			y1 = 4 + PENTAGON;
		}
		if (y2 == h && endsChunk(i) && i < edge.bottom()) {
			pentagon(svg, connectorX, h - 4 - PENTAGON, letterFor(i, edge), edge);
			y2 = h - 4 - PENTAGON;
		}
		line(svg, edge, "M" + n(x) + " " + n(y1) + " V" + n(y2));
	}

	/** Draws the way out of the source symbol to the track; answers its y. */
	private double exit(SvgWriter svg, Edge edge, double x, int i) {
		Step step = this.steps.get(i);
		double cx = centreX(i);
		double cy = centreY(i);
		if (edge.type() == EdgeType.TIDAK) {
			double right = cx + halfWidth(step);
			line(svg, edge, "M" + n(right) + " " + n(cy) + " H" + n(x));
			// beside the exit when there is room, else above the diamond (last lane)
			if (x - right >= 26) {
				label(svg, this.labels.tidak(), right + 3, cy - 3, "start");
			}
			else {
				label(svg, this.labels.tidak(), cx + 5, cy - halfHeight(step) - 1, "start");
			}
			return cy;
		}
		double below = cy + halfHeight(step) + 8;
		line(svg, edge, "M" + n(cx) + " " + n(cy + halfHeight(step)) + " V" + n(below) + " H" + n(x));
		if (edge.type() == EdgeType.YA) {
			label(svg, this.labels.ya(), cx + 4, below - 2, "start");
		}
		return below;
	}

	private String letterFor(int boundaryRow, Edge edge) {
		return this.connectors.getOrDefault(boundaryRow, Map.of()).getOrDefault(edge, "");
	}

	private void symbol(SvgWriter svg, Step step, int i, double cx, double cy) {
		Lane lane = (this.lanes.isEmpty()) ? null : this.lanes.get(this.laneOf[i]);
		svg.open("g", "class", "step", "data-step", step.no(), "data-lane", step.lane(), "data-kind", step.kind());
		svg.text("title", step.no() + " · " + ((lane != null) ? lane.name() : ""));
		double hw = halfWidth(step);
		double hh = halfHeight(step);
		if (terminator(step)) {
			svg.empty("rect", "class", "terminator", "x", cx - hw, "y", cy - hh, "width", 2 * hw, "height", 2 * hh,
					"rx", hh, "ry", hh, "fill", PAPER, "stroke", INK, "stroke-width", 1);
			String text = hasText(step.printedMarker()) ? step.printedMarker()
					: (step.kind() == StepKind.START) ? this.labels.start() : this.labels.end();
			svg.text("text", text, "x", cx, "y", cy + 3, "text-anchor", "middle", "font-size", 8, "font-family", FONT,
					"fill", INK);
		}
		else if (step.kind() == StepKind.DECISION) {
			svg.empty(
					"polygon", "class", "decision", "points", n(cx) + "," + n(cy - hh) + " " + n(cx + hw) + "," + n(cy)
							+ " " + n(cx) + "," + n(cy + hh) + " " + n(cx - hw) + "," + n(cy),
					"fill", PAPER, "stroke", INK, "stroke-width", 1);
		}
		else {
			svg.empty("rect", "class", "process", "x", cx - hw, "y", cy - hh, "width", 2 * hw, "height", 2 * hh, "fill",
					PAPER, "stroke", INK, "stroke-width", 1);
		}
		svg.close("g");
	}

	private void pentagon(SvgWriter svg, double x, double y, String letter, Edge edge) {
		double half = PENTAGON / 2.0;
		svg.open("g", "class", "off-page", "data-from", this.steps.get(edge.from()).no(), "data-to",
				this.steps.get(edge.to()).no(), "data-letter", letter);
		svg.empty("polygon", "points",
				n(x - half) + "," + n(y) + " " + n(x + half) + "," + n(y) + " " + n(x + half) + ","
						+ n(y + PENTAGON * 0.6) + " " + n(x) + "," + n(y + PENTAGON) + " " + n(x - half) + ","
						+ n(y + PENTAGON * 0.6),
				"fill", PAPER, "stroke", INK, "stroke-width", 1);
		svg.text("text", letter, "x", x, "y", y + 9, "text-anchor", "middle", "font-size", 7, "font-family", FONT,
				"fill", INK);
		svg.close("g");
	}

	private void line(SvgWriter svg, Edge edge, String path) {
		svg.empty("path", "class", "edge", "data-edge", edge.type().attribute(), "data-from",
				this.steps.get(edge.from()).no(), "data-to", this.steps.get(edge.to()).no(), "d", path, "fill", "none",
				"stroke", INK, "stroke-width", 1);
	}

	private static void arrowDown(SvgWriter svg, double x, double tipY) {
		svg.empty("polygon", "class", "arrow", "points",
				n(x - 3.5) + "," + n(tipY - 7) + " " + n(x + 3.5) + "," + n(tipY - 7) + " " + n(x) + "," + n(tipY),
				"fill", INK);
	}

	private static void arrowLeft(SvgWriter svg, double tipX, double y) {
		svg.empty("polygon", "class", "arrow", "points",
				n(tipX + 7) + "," + n(y - 3.5) + " " + n(tipX + 7) + "," + n(y + 3.5) + " " + n(tipX) + "," + n(y),
				"fill", INK);
	}

	private static void label(SvgWriter svg, String text, double x, double y, String anchor) {
		svg.text("text", text, "x", x, "y", y, "text-anchor", anchor, "font-size", 8, "font-family", FONT, "fill", INK);
	}

	private static String n(double value) {
		return SvgWriter.format(value);
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
