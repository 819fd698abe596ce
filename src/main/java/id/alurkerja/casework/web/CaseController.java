package id.alurkerja.casework.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.alurkerja.casework.ActionPanel;
import id.alurkerja.casework.CaseDetail;
import id.alurkerja.casework.CaseQueries;
import id.alurkerja.casework.CaseService;
import id.alurkerja.casework.CaseStatus;
import id.alurkerja.casework.CaseworkException;
import id.alurkerja.casework.Completion;
import id.alurkerja.casework.Delegate;
import id.alurkerja.casework.DisposisiInstructions;
import id.alurkerja.casework.DocumentService;
import id.alurkerja.casework.Reading;
import id.alurkerja.casework.Sifat;
import id.alurkerja.casework.SignConfirmation;
import id.alurkerja.casework.StartCase;
import id.alurkerja.casework.WorkQueries;
import id.alurkerja.casework.WorkQueries.CaseFilter;
import id.alurkerja.casework.web.Forms.CancelForm;
import id.alurkerja.casework.web.Forms.CompleteForm;
import id.alurkerja.casework.web.Forms.DelegateForm;
import id.alurkerja.casework.web.Forms.NewCaseForm;
import id.alurkerja.casework.web.Forms.RecurringReportForm;
import id.alurkerja.casework.web.Forms.ReportBackForm;
import id.alurkerja.casework.web.Forms.SignForm;
import id.alurkerja.org.AlurUser;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopFlowcharts;
import id.alurkerja.sop.SopRevisionView;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case list, the new-case form, the case page and its actions. GETs query and render;
 * each POST makes one service call and redirects with a message, or re-renders the page
 * with the message next to the field and what the user typed.
 */
@Controller
class CaseController {

	private final WorkQueries work;

	private final CaseQueries queries;

	private final CaseService cases;

	private final DocumentService documents;

	private final SopCatalog sops;

	private final MessageSource messages;

	private final SopFlowcharts flowcharts;

	private final Reading reading;

	private final DisposisiInstructions instructions;

	CaseController(WorkQueries work, CaseQueries queries, CaseService cases, DocumentService documents, SopCatalog sops,
			MessageSource messages, SopFlowcharts flowcharts, Reading reading, DisposisiInstructions instructions) {
		this.instructions = instructions;
		this.flowcharts = flowcharts;
		this.reading = reading;
		this.work = work;
		this.queries = queries;
		this.cases = cases;
		this.documents = documents;
		this.sops = sops;
		this.messages = messages;
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String sop,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.work.cases(user, new CaseFilter(sop, status, from, to, q), Math.max(0, page)));
		model.addAttribute("sops", this.sops.catalogue(user.kabupatenId(), null));
		model.addAttribute("statuses", CaseStatus.values());
		return "casework/cases";
	}

	@GetMapping("/cases/new")
	String newCase(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String sop, Model model) {
		Map<String, String> kept = kept(model, "/cases");
		return renderNew(user, (kept != null) ? NewCaseForm.kept(kept, sop) : NewCaseForm.empty(sop), model);
	}

	/**
	 * Who will act in each lane of a new case from the chosen origin unit: the part of
	 * the new-case form the origin select refreshes as it changes.
	 */
	@GetMapping("/cases/new/lanes")
	String newCaseLanes(@AuthenticationPrincipal AlurUser user, @RequestParam String sopCode,
			@RequestParam(required = false) Long originUnitId, Model model) {
		SopRevisionView chosen = this.sops.published(user.kabupatenId(), sopCode)
			.orElseThrow(CaseworkException.NotFound::new);
		model.addAttribute("laneActors", this.queries.laneActors(user, chosen, originUnitId));
		return "casework/new-case :: lanes";
	}

	@PostMapping("/cases")
	String create(@AuthenticationPrincipal AlurUser user, @Valid @ModelAttribute("form") NewCaseForm form,
			BindingResult errors, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "titles", required = false) List<String> titles, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		if (errors.hasErrors()) {
			return renderNew(user, form, model);
		}
		List<CaseService.Attachment> attachments = new ArrayList<>();
		if (files != null) {
			for (int i = 0; i < files.size(); i++) {
				MultipartFile file = files.get(i);
				if (!file.isEmpty()) {
					String title = (titles != null && i < titles.size() && !titles.get(i).isBlank()) ? titles.get(i)
							: file.getOriginalFilename();
					attachments.add(new CaseService.Attachment(title, file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		try {
			Long id = this.cases.startWithDocuments(user,
					new StartCase(form.sopCode(), form.perihal(), form.suratDari(), form.nomorSurat(),
							form.tanggalSurat(), form.receivedOn(), form.sifat(), form.originUnitId()),
					attachments, form.token());
			redirect.addFlashAttribute("success", message("case.created", locale));
			return "redirect:/cases/" + id;
		}
		catch (CaseworkException.Invalid ex) {
			reject(errors, ex);
			return renderNew(user, form, model);
		}
	}

	@GetMapping("/cases/{id}")
	String show(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, Model model) {
		String page = renderCase(user, id, model);
		// what reached the reader up to now is read (the page was allowed: renderCase
		// refuses a case they may not see)
		this.reading.opened(user, id);
		return page;
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/take")
	String take(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId,
			@RequestParam long version, RedirectAttributes redirect, Locale locale) {
		this.cases.take(user, taskId, version);
		redirect.addFlashAttribute("success", message("case.taken", locale));
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/complete")
	String complete(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId,
			@Valid @ModelAttribute("completeForm") CompleteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		return perform(user, id, errors, model, redirect, locale, "case.completed",
				() -> this.cases.complete(user, taskId,
						new Completion(form.version(), form.outcome(), form.reason(), form.arahan(), form.sifat(),
								form.deadline(), form.nextPersonId(), form.outputMissingReason(), form.token())));
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/delegate")
	String delegate(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId,
			@Valid @ModelAttribute("delegateForm") DelegateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		return perform(user, id, errors, model, redirect, locale, "case.delegated",
				() -> this.cases.delegate(user, taskId, new Delegate(form.branches(), form.instructions(),
						form.arahan(), form.sifat(), form.deadline(), form.token())));
	}

	@PostMapping("/cases/{id}/delegations/{delegationId}/report")
	String reportBack(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long delegationId,
			@Valid @ModelAttribute("reportBackForm") ReportBackForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		return perform(user, id, errors, model, redirect, locale, "case.reported",
				() -> this.cases.reportBack(user, delegationId, form.report(), form.token()));
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/reports")
	String recurringReport(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId,
			@Valid @ModelAttribute("recurringReportForm") RecurringReportForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		return perform(user, id, errors, model, redirect, locale, "case.reportSent",
				() -> this.cases.submitReport(user, taskId, form.kind(), form.body()));
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/checklist/{index}")
	String tick(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long taskId,
			@PathVariable int index, @RequestParam boolean done) {
		this.cases.tick(user, taskId, index, done);
		return "redirect:/cases/" + id + "#tindakan";
	}

	@PostMapping("/cases/{id}/documents")
	String upload(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@RequestParam(required = false) Long documentId, @RequestParam(required = false) String title,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) UUID token, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			this.documents.upload(user, id, documentId, title, file.getOriginalFilename(), file.getBytes(), token);
			redirect.addFlashAttribute("success", message("case.uploaded", locale));
			return "redirect:/cases/" + id + "#dokumen";
		}
		catch (CaseworkException.Invalid ex) {
			model.addAttribute("uploadError", message(ex, locale));
			model.addAttribute("uploadErrorAt", "title".equals(ex.field()) ? "title" : "file");
			model.addAttribute("uploadTitle", title);
			// nothing was stored, so the same form may be sent again
			model.addAttribute("uploadToken", (token != null) ? token : UUID.randomUUID());
			return renderCase(user, id, model);
		}
	}

	@PostMapping("/cases/{id}/versions/{versionId}/paraf")
	String paraf(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long versionId,
			@RequestParam(required = false) UUID token, RedirectAttributes redirect, Locale locale) {
		try {
			this.documents.paraf(user, versionId, token);
			redirect.addFlashAttribute("success", message("case.parafed", locale));
		}
		catch (CaseworkException.Invalid ex) {
			redirect.addFlashAttribute("failure", message(ex, locale));
		}
		return "redirect:/cases/" + id + "#dokumen";
	}

	/**
	 * The signing confirmation: the version previewed, its paraf, the number to come;
	 * refused (as the signature itself would be) to anyone who may not sign it now.
	 */
	@GetMapping("/cases/{id}/versions/{versionId}/sign")
	String confirmSign(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long versionId,
			Model model) {
		return renderSign(user, id, versionId, SignForm.empty(), model);
	}

	@PostMapping("/cases/{id}/versions/{versionId}/sign")
	String sign(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long versionId,
			@Valid @ModelAttribute("form") SignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				String nomor = this.documents.sign(user, versionId, form.klasifikasi(), form.password(),
						form.credentials());
				redirect.addFlashAttribute("success", (nomor != null) ? message("case.signed", locale, nomor)
						: message("case.signedNumberedLater", locale));
				return "redirect:/cases/" + id + "#dokumen";
			}
			catch (CaseworkException.Invalid ex) {
				reject(errors, ex);
			}
		}
		// the form as sent (its binding keeps the errors); the page never echoes the
		// password
		return renderSign(user, id, versionId, form, model);
	}

	@PostMapping("/cases/{id}/versions/{versionId}/number")
	String number(@AuthenticationPrincipal AlurUser user, @PathVariable Long id, @PathVariable Long versionId,
			RedirectAttributes redirect, Locale locale) {
		String nomor = this.documents.number(user, versionId);
		redirect.addFlashAttribute("success", message("case.numbered", locale, nomor));
		return "redirect:/cases/" + id + "#dokumen";
	}

	/**
	 * A PDF or an image shown inside the signing page: framed by Alur's own pages only.
	 * An image is sandboxed as well; a PDF is not, since the browser's PDF viewer does
	 * not run in a sandboxed frame (and a PDF never runs in Alur's origin).
	 */
	@GetMapping("/cases/{id}/versions/{versionId}/view")
	ResponseEntity<byte[]> view(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@PathVariable Long versionId) {
		DocumentService.Download file = this.documents.download(user, versionId);
		SignConfirmation.Preview preview = SignConfirmation.Preview.of(file.contentType());
		if (!file.caseId().equals(id) || preview == SignConfirmation.Preview.DOWNLOAD) {
			throw new CaseworkException.NotFound();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Frame-Options", "SAMEORIGIN")
			.header("Content-Security-Policy",
					(preview == SignConfirmation.Preview.IMAGE) ? "sandbox; default-src 'none'; frame-ancestors 'self'"
							: "frame-ancestors 'self'")
			.body(file.bytes());
	}

	/**
	 * The final, electronically signed PDF of a signed version (a new file beside it).
	 */
	@GetMapping("/cases/{id}/versions/{versionId}/signed")
	ResponseEntity<byte[]> downloadSigned(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@PathVariable Long versionId) {
		DocumentService.Download file = this.documents.downloadSigned(user, versionId);
		if (!file.caseId().equals(id)) {
			throw new CaseworkException.NotFound();
		}
		return attachment(file, MediaType.APPLICATION_PDF);
	}

	@GetMapping("/cases/{id}/versions/{versionId}/download")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@PathVariable Long versionId) {
		DocumentService.Download file = this.documents.download(user, versionId);
		if (!file.caseId().equals(id)) {
			throw new CaseworkException.NotFound();
		}
		return attachment(file, MediaType.parseMediaType(file.contentType()));
	}

	@PostMapping("/cases/{id}/cancel")
	String cancel(@AuthenticationPrincipal AlurUser user, @PathVariable Long id,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		return perform(user, id, errors, model, redirect, locale, "case.cancelled",
				() -> this.cases.cancel(user, id, form.reason(), form.token()));
	}

	// ------------------------------------------------------------------

	/** A stored file as a download, never sniffed into something the browser runs. */
	private static ResponseEntity<byte[]> attachment(DocumentService.Download file, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private String renderNew(AlurUser user, NewCaseForm form, Model model) {
		model.addAttribute("form", form);
		// a refused form keeps its token, which nothing used up; one that did not bind
		// gets a fresh one
		model.addAttribute("formToken", (form.token() != null) ? form.token() : UUID.randomUUID());
		model.addAttribute("sops", this.sops.catalogue(user.kabupatenId(), null));
		model.addAttribute("sifats", Sifat.values());
		SopRevisionView chosen = (form.sopCode() != null && !form.sopCode().isBlank())
				? this.sops.published(user.kabupatenId(), form.sopCode()).orElse(null) : null;
		model.addAttribute("chosen", chosen);
		// the units the case may come from, when a lane of the SOP depends on it
		model.addAttribute("origins", (chosen != null) ? this.queries.origins(user, chosen) : List.of());
		model.addAttribute("laneActors",
				(chosen != null) ? this.queries.laneActors(user, chosen, form.originUnitId()) : List.of());
		model.addAttribute("kelengkapan",
				(chosen != null) ? chosen.content().start().map(s -> s.kelengkapan()).orElse(List.of()) : List.of());
		model.addAttribute("maxSize", this.documents.maxSize().toMegabytes());
		return "casework/new-case";
	}

	private String renderSign(AlurUser user, Long id, Long versionId, SignForm form, Model model) {
		model.addAttribute("signing", this.queries.signing(user, id, versionId));
		model.addAttribute("form", form);
		return "casework/sign";
	}

	private String renderCase(AlurUser user, Long id, Model model) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		CaseDetail detail = this.queries.detail(user, id);
		ActionPanel panel = this.queries.panel(user, detail);
		model.addAttribute("detail", detail);
		model.addAttribute("panel", panel);
		model.addAttribute("path", CasePath.of(detail));
		model.addAttribute("chart", this.flowcharts.chart(detail.revision().content(), locale));
		if (!model.containsAttribute("completeForm")) {
			Map<String, String> kept = kept(model, "/cases/" + id + "/tasks/" + panel.taskId() + "/complete");
			model.addAttribute("completeForm", (kept != null) ? CompleteForm.kept(panel.taskVersion(), kept)
					: CompleteForm.empty(panel.taskVersion(), detail.summary().sifat()));
		}
		if (!panel.delegateTo().isEmpty()) {
			model.addAttribute("instructions", this.instructions.of(user.kabupatenId()));
		}
		if (!model.containsAttribute("delegateForm")) {
			model.addAttribute("delegateForm", DelegateForm.empty(detail.summary().sifat()));
		}
		if (!model.containsAttribute("reportBackForm")) {
			model.addAttribute("reportBackForm", ReportBackForm.empty());
		}
		if (!model.containsAttribute("recurringReportForm")) {
			model.addAttribute("recurringReportForm", RecurringReportForm.empty());
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", CancelForm.empty());
		}
		if (!model.containsAttribute("uploadToken")) {
			model.addAttribute("uploadToken", UUID.randomUUID());
		}
		// one token per paraf button: initialling one version leaves the others' open
		model.addAttribute("parafTokens",
				panel.parafVersionIds()
					.stream()
					.collect(Collectors.toMap(Function.identity(), v -> UUID.randomUUID())));
		model.addAttribute("sifats", Sifat.values());
		model.addAttribute("maxSize", this.documents.maxSize().toMegabytes());
		return "casework/case";
	}

	/**
	 * Runs one action of the case page: on success back to the case with a message; on
	 * invalid input the case page again, with the message next to the field and the form
	 * as typed.
	 */
	private String perform(AlurUser user, Long id, BindingResult errors, Model model, RedirectAttributes redirect,
			Locale locale, String success, Runnable action) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("success", message(success, locale));
				return "redirect:/cases/" + id;
			}
			catch (CaseworkException.Invalid ex) {
				reject(errors, ex);
			}
		}
		return renderCase(user, id, model);
	}

	/**
	 * What was typed into the form sent to {@code action} when the session had ended,
	 * handed to this page once after signing in again (the web module's KeptForms puts it
	 * in the flash attributes {@code keptFields} and {@code keptAction}); null when none.
	 * The page says so ({@code kept}).
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> kept(Model model, String action) {
		if (action.equals(model.getAttribute("keptAction")) && model.getAttribute("keptFields") instanceof Map<?, ?>) {
			model.addAttribute("kept", true);
			return (Map<String, String>) model.getAttribute("keptFields");
		}
		return null;
	}

	private static void reject(BindingResult errors, CaseworkException.Invalid ex) {
		if (ex.field() != null && errors.getTarget() != null && hasProperty(errors, ex.field())) {
			errors.rejectValue(ex.field(), ex.code(), ex.args(), null);
		}
		else {
			errors.reject(ex.code(), ex.args(), null);
		}
	}

	private static boolean hasProperty(BindingResult errors, String field) {
		return java.util.Arrays.stream(errors.getTarget().getClass().getRecordComponents())
			.anyMatch(c -> c.getName().equals(field));
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	private String message(CaseworkException ex, Locale locale) {
		return this.messages.getMessage(ex.code(), ex.args(), locale);
	}

}
