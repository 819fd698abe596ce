package id.alurkerja.sop.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import id.alurkerja.pdf.PdfPrinter;

import org.springframework.stereotype.Component;

/**
 * Prints the official SOP document: the same Thymeleaf fragment as the web page, rendered
 * in print mode, parsed by jsoup into the well-formed DOM openhtmltopdf needs, and laid
 * out on A4 landscape pages with Liberation Sans embedded (a PDF must not depend on the
 * reader's fonts).
 */
@Component
class SopPdfRenderer {

	static final String TEMPLATE = "sop/print";

	private final ITemplateEngine templates;

	SopPdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(SopDocuments.Document document, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// a web context, so that the template's links resolve as on the page
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, Map.of("doc", document));
		String html = this.templates.process(TEMPLATE, context);
		return print(html);
	}

	static byte[] print(String html) {
		return PdfPrinter.print(html);
	}

}
