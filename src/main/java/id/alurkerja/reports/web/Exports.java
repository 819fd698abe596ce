package id.alurkerja.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService.CaseLine;
import id.alurkerja.reports.evaluation.StepFigures;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * The per-step table and the case list as CSV (UTF-8 with a byte order mark, so that
 * spreadsheet programs read it right) and XLSX (fastexcel), numbers as numbers.
 */
final class Exports {

	private Exports() {
	}

	static List<String> stepHeader(MessageSource messages, Locale locale) {
		List<String> keys = List.of("no", "activity", "lane", "standard", "unit", "completed", "median", "p90",
				"withinShare", "overdue", "returns", "reasons", "byLane", "byActing", "delegated", "outputPresent",
				"outputMissing", "flags");
		return keys.stream().map(k -> messages.getMessage("reports.col." + k, null, locale)).toList();
	}

	static List<Object> stepRow(StepFigures s, MessageSource messages, Locale locale) {
		List<Object> row = new ArrayList<>();
		row.add(s.no());
		row.add(s.activity());
		row.add(s.lane());
		row.add((s.standard() != null) ? s.standard().printed() : "");
		row.add(messages.getMessage("reports.unit." + s.unit().name(), null, locale));
		row.add(s.completed());
		row.add(round(s.median()));
		row.add(round(s.p90()));
		row.add(round(s.withinShare()));
		row.add(s.overdue());
		row.add(s.returns());
		row.add(s.reasons().stream().map(r -> r.text() + " (" + r.count() + ")").collect(Collectors.joining("; ")));
		row.add(s.byLane());
		row.add(s.byActing());
		row.add(s.delegated());
		row.add(s.outputPresent());
		row.add(s.outputMissing());
		row.add(s.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
		return row;
	}

	static List<String> caseHeader(MessageSource messages, Locale locale) {
		return List
			.of("registrationNo", "perihal", "status", "startedAt", "endedAt", "currentStep", "tasksDone", "tasksLate",
					"returns")
			.stream()
			.map(k -> messages.getMessage("reports.case." + k, null, locale))
			.toList();
	}

	static List<Object> caseRow(CaseLine c) {
		List<Object> row = new ArrayList<>();
		row.add(c.registrationNo());
		row.add(c.perihal());
		row.add(c.status());
		row.add(c.startedAt().toString());
		row.add((c.endedAt() != null) ? c.endedAt().toString() : "");
		row.add((c.currentStep() != null) ? c.currentStep() : "");
		row.add(c.tasksDone());
		row.add(c.tasksLate());
		row.add(c.returns());
		return row;
	}

	static byte[] csv(List<String> header, List<List<Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(header.stream().map(Exports::csvCell).collect(Collectors.joining(","))).append("\r\n");
		for (List<Object> row : rows) {
			out.append(row.stream().map(Exports::csvCell).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(String sheet, String title, List<String> header, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Alur", "1.0");
			Worksheet ws = workbook.newWorksheet(sheet);
			ws.value(0, 0, title);
			ws.style(0, 0).bold().set();
			for (int c = 0; c < header.size(); c++) {
				ws.value(2, c, header.get(c));
				ws.style(2, c).bold().fillColor("DDEBF7").set();
			}
			int r = 3;
			for (List<Object> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Number n) {
						ws.value(r, c, n);
					}
					else if (v != null) {
						ws.value(r, c, v.toString());
					}
				}
				r++;
			}
			ws.freezePane(0, 3);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static List<List<Object>> stepRows(Evaluation evaluation, MessageSource messages, Locale locale) {
		return evaluation.steps().stream().map(s -> stepRow(s, messages, locale)).toList();
	}

	private static Double round(Double value) {
		return (value != null) ? Math.round(value * 100.0) / 100.0 : null;
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		String s = value.toString();
		// a leading = + - @ would run as a formula in a spreadsheet
		if (!(value instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
			s = "'" + s;
		}
		if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			s = "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}

}
