package id.alurkerja.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.reports.evaluation.Dashboard;
import id.alurkerja.reports.evaluation.Evaluation;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.MonitoringForms;
import id.alurkerja.reports.evaluation.MonitoringForms.Form;
import id.alurkerja.reports.evaluation.MonitoringForms.RowEdit;
import id.alurkerja.reports.evaluation.Period;
import id.alurkerja.reports.evaluation.ReportScope;
import id.alurkerja.reports.evaluation.ReportScope.Viewer;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.SopCatalog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports for heads and admins: the dashboard, the evaluation of one SOP with its
 * exports, and the monitoring forms. Staff get 403; another kabupaten's SOP or form is
 * not found; a head reads only SOPs owned by their units or units beneath them.
 */
@Controller
class ReportsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportScope scope;

	private final EvaluationService evaluations;

	private final MonitoringForms forms;

	private final Dashboard dashboard;

	private final OrgDirectory directory;

	private final MessageSource messages;

	private final ReportPdf pdf;

	private final id.alurkerja.org.Kops kops;

	private final Clock clock;

	private final SopCatalog catalog;

	ReportsController(ReportScope scope, EvaluationService evaluations, MonitoringForms forms, Dashboard dashboard,
			OrgDirectory directory, MessageSource messages, ReportPdf pdf, Clock clock, SopCatalog catalog,
			id.alurkerja.org.Kops kops) {
		this.kops = kops;
		this.scope = scope;
		this.catalog = catalog;
		this.evaluations = evaluations;
		this.forms = forms;
		this.dashboard = dashboard;
		this.directory = directory;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * The filters of an evaluation, as the query string carries them (bound by name on
	 * the page, the exports and the saved form).
	 */
	record Filter(String preset, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer rev, Long unit) {

		Period period(LocalDate today) {
			if (this.from != null && this.to != null && !this.to.isBefore(this.from)) {
				return new Period(this.from, this.to);
			}
			return Period.preset(this.preset, today);
		}

	}

	@GetMapping("/reports")
	String dashboard(@AuthenticationPrincipal AlurUser user, Locale locale, Model model) {
		Viewer viewer = viewer(user);
		Dashboard.View view = this.dashboard.view(viewer);
		model.addAttribute("view", view);
		// every SOP of the units the head reads, also those with nothing running now
		model.addAttribute("sops",
				this.catalog.catalogue(viewer.kabupatenId(), null)
					.stream()
					.filter(sop -> viewer.sees(sop.unitId()))
					.toList());
		model.addAttribute("fmt", new Views(locale));
		model.addAttribute("completedChart",
				Charts.bars(view.completed().stream().map(Dashboard.MonthCount::month).toList(),
						view.completed().stream().map(Dashboard.MonthCount::completed).toList(),
						msg("reports.dashboard.completedChart", locale), false));
		model.addAttribute("delayChart",
				Charts.bars(view.delays().stream().map(d -> d.sopCode() + " · " + d.stepNo()).toList(),
						view.delays().stream().map(Dashboard.Delay::late).toList(),
						msg("reports.dashboard.delayChart", locale), true));
		return "reports/dashboard";
	}

	@GetMapping("/reports/sop/{code}")
	String evaluation(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Filter filter,
			@RequestParam(name = "byOrigin", defaultValue = "false") boolean byOrigin, Locale locale, Model model) {
		Viewer viewer = viewer(user);
		Evaluation evaluation = evaluate(viewer, code, filter);
		model.addAttribute("e", evaluation);
		// a step's figures per village of the cases, on request (issue 15)
		model.addAttribute("byOrigin", byOrigin);
		model.addAttribute("originFigures", byOrigin ? this.evaluations.byOrigin(viewer.kabupatenId(), code,
				filter.rev(), evaluation.period(), filter.unit()) : List.of());
		model.addAttribute("filter", filter);
		model.addAttribute("fmt", new Views(locale));
		model.addAttribute("code", code);
		model.addAttribute("query", query(filter, evaluation.period()));
		model.addAttribute("revisions", this.evaluations.revisions(viewer.kabupatenId(), code, null));
		model.addAttribute("units",
				this.directory.units(viewer.kabupatenId()).stream().filter(u -> viewer.sees(u.id())).toList());
		model.addAttribute("forms", this.forms.list(viewer.kabupatenId(), evaluation.revision().sopId()));
		model.addAttribute("proposal", FormProposal.rows(evaluation, this.messages, locale));
		charts(model, evaluation, locale);
		return "reports/evaluation";
	}

	@GetMapping({ "/reports/sop/{code}/steps.csv", "/reports/sop/{code}/steps.xlsx" })
	ResponseEntity<byte[]> steps(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Filter filter,
			Locale locale, HttpServletRequest request) {
		Viewer viewer = viewer(user);
		Evaluation evaluation = evaluate(viewer, code, filter);
		List<String> header = Exports.stepHeader(this.messages, locale);
		List<List<Object>> rows = Exports.stepRows(evaluation, this.messages, locale);
		String name = "evaluasi-" + code + "-" + evaluation.period().from() + "-" + evaluation.period().to();
		return file(request, name, header, rows, title(evaluation), msg("reports.sheet.steps", locale));
	}

	@GetMapping({ "/reports/sop/{code}/cases.csv", "/reports/sop/{code}/cases.xlsx" })
	ResponseEntity<byte[]> cases(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Filter filter,
			Locale locale, HttpServletRequest request) {
		Viewer viewer = viewer(user);
		Evaluation evaluation = evaluate(viewer, code, filter);
		List<List<Object>> rows = new ArrayList<>();
		this.evaluations.cases(viewer.kabupatenId(), code, filter.rev(), evaluation.period(), filter.unit(),
				line -> rows.add(Exports.caseRow(line)));
		String name = "berkas-" + code + "-" + evaluation.period().from() + "-" + evaluation.period().to();
		return file(request, name, Exports.caseHeader(this.messages, locale), rows, title(evaluation),
				msg("reports.sheet.cases", locale));
	}

	@PostMapping("/reports/sop/{code}/forms")
	String saveForm(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Filter filter, Locale locale,
			RedirectAttributes redirect) {
		Viewer viewer = viewer(user);
		Evaluation evaluation = evaluate(viewer, code, filter);
		Long id = this.forms.save(viewer, evaluation, FormProposal.rows(evaluation, this.messages, locale));
		redirect.addFlashAttribute("success", msg("reports.form.saved", locale));
		return "redirect:/reports/forms/" + id;
	}

	@GetMapping("/reports/forms/{id}")
	String form(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Locale locale, Model model) {
		Viewer viewer = viewer(user);
		Form form = form(viewer, id);
		model.addAttribute("form", form);
		model.addAttribute("fmt", new Views(locale));
		model.addAttribute("editable", !form.hasParaf() && viewer.personId().equals(form.evaluatorPersonId()));
		return "reports/form";
	}

	@PostMapping("/reports/forms/{id}")
	String updateForm(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @RequestParam long version,
			@RequestParam Map<String, String> fields, Locale locale, RedirectAttributes redirect) {
		Viewer viewer = viewer(user);
		Form form = form(viewer, id);
		List<RowEdit> edits = form.rows()
			.stream()
			.map(r -> new RowEdit(r.ord(), "BAIK".equals(fields.get("penilaian-" + r.ord())),
					limit(fields.getOrDefault("catatan-" + r.ord(), "")),
					limit(fields.getOrDefault("tindakan-" + r.ord(), ""))))
			.toList();
		try {
			this.forms.update(viewer, id, version, edits);
			redirect.addFlashAttribute("success", msg("reports.form.updated", locale));
		}
		catch (MonitoringForms.Conflict ex) {
			redirect.addFlashAttribute("failure", msg(ex.getMessage(), locale));
		}
		return "redirect:/reports/forms/" + id;
	}

	@PostMapping("/reports/forms/{id}/paraf")
	String paraf(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @RequestParam long version,
			Locale locale, RedirectAttributes redirect) {
		Viewer viewer = viewer(user);
		form(viewer, id);
		try {
			this.forms.paraf(viewer, id, version);
			redirect.addFlashAttribute("success", msg("reports.form.parafGiven", locale));
		}
		catch (MonitoringForms.Conflict ex) {
			redirect.addFlashAttribute("failure", msg(ex.getMessage(), locale));
		}
		return "redirect:/reports/forms/" + id;
	}

	@GetMapping("/reports/forms/{id}/pdf")
	ResponseEntity<byte[]> formPdf(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Locale locale) {
		Viewer viewer = viewer(user);
		Form form = form(viewer, id);
		Evaluation evaluation = this.evaluations
			.evaluate(viewer.kabupatenId(), form.sopCode(), form.revisionNumber(), form.period(), form.unitId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put("e", evaluation);
		model.put("fmt", new Views(locale));
		model.put("unitName", (form.unitId() != null)
				? this.directory.unit(viewer.kabupatenId(), form.unitId()).map(UnitView::name).orElse("") : null);
		// the kop of the unit evaluated, else of the SOP's own unit
		Long kopUnit = (form.unitId() != null) ? form.unitId()
				: this.catalog.published(viewer.kabupatenId(), form.sopCode()).map(r -> r.unitId()).orElse(null);
		if (kopUnit != null) {
			model.put("kop", this.kops.kopOf(viewer.kabupatenId(), kopUnit));
		}
		model.put("chartActual", Charts.actualVsStandard(evaluation, msg("reports.chart.actual", locale)));
		model.put("chartTrend", Charts.trend(evaluation.months(), msg("reports.chart.trend", locale)));
		byte[] bytes = this.pdf.render("reports/form-print", model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("monitoring-" + form.sopCode() + "-" + form.id() + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	private void charts(Model model, Evaluation evaluation, Locale locale) {
		model.addAttribute("chartActual", Charts.actualVsStandard(evaluation, msg("reports.chart.actual", locale)));
		model.addAttribute("chartTrend", Charts.trend(evaluation.months(), msg("reports.chart.trend", locale)));
		model.addAttribute("chartUnits",
				Charts.bars(evaluation.units().stream().map(Evaluation.UnitLoad::unit).toList(),
						evaluation.units().stream().map(Evaluation.UnitLoad::overdue).toList(),
						msg("reports.chart.units", locale), true));
	}

	private Viewer viewer(AlurUser user) {
		return this.scope.viewer(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private Evaluation evaluate(Viewer viewer, String code, Filter filter) {
		List<SopRevisionView> revisions = this.evaluations.revisions(viewer.kabupatenId(), code, null);
		if (revisions.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!viewer.sees(revisions.get(0).unitId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (filter.unit() != null && !viewer.sees(filter.unit())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.evaluations
			.evaluate(viewer.kabupatenId(), code, filter.rev(), filter.period(LocalDate.now(this.clock)), filter.unit())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Form form(Viewer viewer, Long id) {
		Form form = this.forms.form(viewer.kabupatenId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// the SOP must still be one the viewer reads
		evaluate(viewer, form.sopCode(), new Filter(null, form.from(), form.to(), null, null));
		return form;
	}

	private ResponseEntity<byte[]> file(HttpServletRequest request, String name, List<String> header,
			List<List<Object>> rows, String title, String sheet) {
		boolean xlsx = request.getRequestURI().endsWith(".xlsx");
		byte[] bytes = xlsx ? Exports.xlsx(sheet, title, header, rows) : Exports.csv(header, rows);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	private static String title(Evaluation e) {
		return e.revision().code() + " — " + e.revision().name() + " (" + e.period().from() + " s.d. " + e.period().to()
				+ ")";
	}

	private static Map<String, Object> query(Filter filter, Period period) {
		Map<String, Object> q = new HashMap<>();
		q.put("from", period.from());
		q.put("to", period.to());
		q.put("rev", filter.rev());
		q.put("unit", filter.unit());
		return q;
	}

	private static String limit(String text) {
		String s = text.strip();
		return (s.length() > 2000) ? s.substring(0, 2000) : s;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
