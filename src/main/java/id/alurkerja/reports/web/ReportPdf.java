package id.alurkerja.reports.web;

import java.util.Locale;
import java.util.Map;

import id.alurkerja.pdf.PdfPrinter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints a saved monitoring form: a Thymeleaf page without links, laid out by the shared
 * {@link PdfPrinter} (A4 landscape from the page's CSS, Liberation Sans embedded, charts
 * as SVG).
 */
@Component
class ReportPdf {

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model, Locale locale) {
		return PdfPrinter.print(this.templates.process(template, new Context(locale, model)));
	}

}
