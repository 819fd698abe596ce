package id.alurkerja.sop.web;

import java.util.Locale;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopRevisionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The SOPs of the reader's own kabupaten: the catalogue, each SOP in the official format,
 * and the same document as PDF. Another kabupaten's SOP is simply not found.
 */
@Controller
class SopController {

	private final SopCatalog catalog;

	private final SopDocuments documents;

	private final SopPdfRenderer pdf;

	private final OrgDirectory directory;

	SopController(SopCatalog catalog, SopDocuments documents, SopPdfRenderer pdf, OrgDirectory directory) {
		this.catalog = catalog;
		this.documents = documents;
		this.pdf = pdf;
		this.directory = directory;
	}

	@GetMapping("/sop")
	String catalogue(@AuthenticationPrincipal AlurUser user, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("kabupaten",
				this.directory.kabupaten(user.kabupatenId()).map(KabupatenView::name).orElse(""));
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("sops", this.catalog.catalogue(user.kabupatenId(), q));
		return "sop/catalogue";
	}

	@GetMapping("/sop/{code}")
	String current(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Locale locale, Model model) {
		return page(user, published(user, code), locale, model);
	}

	@GetMapping("/sop/{code}/revisions/{number}")
	String revision(@AuthenticationPrincipal AlurUser user, @PathVariable String code, @PathVariable int number,
			Locale locale, Model model) {
		return page(user, revision(user, code, number), locale, model);
	}

	@GetMapping("/sop/{code}/pdf")
	ResponseEntity<byte[]> currentPdf(@AuthenticationPrincipal AlurUser user, @PathVariable String code, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return pdf(user, published(user, code), locale, request, response);
	}

	@GetMapping("/sop/{code}/revisions/{number}/pdf")
	ResponseEntity<byte[]> revisionPdf(@AuthenticationPrincipal AlurUser user, @PathVariable String code,
			@PathVariable int number, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return pdf(user, revision(user, code, number), locale, request, response);
	}

	private String page(AlurUser user, SopRevisionView revision, Locale locale, Model model) {
		model.addAttribute("doc", this.documents.document(revision, user.kabupatenId(), locale, false));
		model.addAttribute("history", this.catalog.history(user.kabupatenId(), revision.code()));
		return "sop/show";
	}

	private ResponseEntity<byte[]> pdf(AlurUser user, SopRevisionView revision, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		SopDocuments.Document document = this.documents.document(revision, user.kabupatenId(), locale, true);
		byte[] bytes = this.pdf.render(document, locale, request, response);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.fileName()).build().toString())
			.body(bytes);
	}

	private SopRevisionView published(AlurUser user, String code) {
		return this.catalog.published(user.kabupatenId(), code).orElseThrow(SopController::notFound);
	}

	private SopRevisionView revision(AlurUser user, String code, int number) {
		return this.catalog.revision(user.kabupatenId(), code, number).orElseThrow(SopController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
