package id.alurkerja.casework.web;

import java.util.Locale;
import java.util.Map;

import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.CaseDetail.DelegationView;
import id.alurkerja.casework.CaseDetail.TaskView;
import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseworkException;
import id.alurkerja.org.AlurUser;
import id.alurkerja.pdf.PdfPrinter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lembar disposisi: one per disposition, either passed on when a step was completed
 * (it travels with the next task) or handed down within a step (a delegation). Printable
 * page and PDF from the same template.
 */
@Controller
class DispositionController {

	/** What the sheet prints, whichever kind of disposition it is. */
	record Sheet(CaseDetail.CaseSummary summary, String fromName, String fromPosition, java.time.Instant at,
			String toPosition, String toPerson, String arahan, String sifat, java.time.LocalDate deadline,
			String stepNo) {
	}

	private final CaseQueries queries;

	private final ITemplateEngine templates;

	private final id.alurkerja.org.Kops kops;

	DispositionController(CaseQueries queries, ITemplateEngine templates, id.alurkerja.org.Kops kops) {
		this.kops = kops;
		this.queries = queries;
		this.templates = templates;
	}

	@GetMapping("/cases/{id}/disposisi/{taskId}")
	String task(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId, Model model) {
		model.addAttribute("sheet", taskSheet(user, id, taskId));
		model.addAttribute("pdfUrl", "/cases/" + id + "/disposisi/" + taskId + "/pdf");
		return "casework/disposisi";
	}

	@GetMapping("/cases/{id}/disposisi/{taskId}/pdf")
	ResponseEntity<byte[]> taskPdf(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@PathVariable Long taskId, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return pdf(user, taskSheet(user, id, taskId), request, response, locale);
	}

	@GetMapping("/cases/{id}/delegasi/{delegationId}")
	String delegation(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long delegationId,
			Model model) {
		model.addAttribute("sheet", delegationSheet(user, id, delegationId));
		model.addAttribute("pdfUrl", "/cases/" + id + "/delegasi/" + delegationId + "/pdf");
		return "casework/disposisi";
	}

	@GetMapping("/cases/{id}/delegasi/{delegationId}/pdf")
	ResponseEntity<byte[]> delegationPdf(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@PathVariable Long delegationId, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return pdf(user, delegationSheet(user, id, delegationId), request, response, locale);
	}

	private Sheet taskSheet(AlurUser user, Long caseId, Long taskId) {
		CaseDetail detail = this.queries.detail(user, caseId);
		TaskView task = detail.tasks()
			.stream()
			.filter(t -> t.id().equals(taskId) && t.arahan() != null)
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		return new Sheet(detail.summary(), task.fromName(), task.fromPosition(), task.createdAt(), task.positionTitle(),
				task.assigneeName(), task.arahan(),
				(task.sifat() != null) ? task.sifat().name() : detail.summary().sifat().name(), task.deadline(),
				task.stepNo());
	}

	private Sheet delegationSheet(AlurUser user, Long caseId, Long delegationId) {
		CaseDetail detail = this.queries.detail(user, caseId);
		DelegationView d = detail.delegations()
			.stream()
			.filter(x -> x.id().equals(delegationId))
			.findFirst()
			.orElseThrow(CaseworkException.NotFound::new);
		String stepNo = detail.tasks()
			.stream()
			.filter(t -> t.id().equals(d.taskId()))
			.map(TaskView::stepNo)
			.findFirst()
			.orElse(null);
		return new Sheet(detail.summary(), d.fromName(), d.fromPosition(), d.createdAt(), d.toPosition(),
				d.toPersonName(), d.arahan(), d.sifat().name(), d.deadline(), stepNo);
	}

	private ResponseEntity<byte[]> pdf(AlurUser user, Sheet sheet, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				locale, Map.of("sheet", sheet, "print", true, "kop",
						this.kops.kopOf(user.kabupatenId(), sheet.summary().unitId())));
		byte[] bytes = PdfPrinter.print(this.templates.process("casework/disposisi-print", context));
		String name = "lembar-disposisi-" + sheet.summary().registrationNo().replace('/', '-') + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(bytes);
	}

}
