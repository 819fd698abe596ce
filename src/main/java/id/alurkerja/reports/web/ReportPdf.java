package id.alurkerja.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints a saved monitoring form: a Thymeleaf page without links, parsed by jsoup into
 * the DOM openhtmltopdf reads, on A4 landscape with Liberation Sans embedded and the
 * charts as SVG. Only our own static resources are readable while rendering.
 */
@Component
class ReportPdf {

	private static final String BASE = "classpath:/static/";

	private static final String FONT_FAMILY = "Liberation Sans";

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = this.templates.process(template, new Context(locale, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, BASE)), BASE);
		builder.useProtocolsStreamImplementation(ReportPdf::classpathStream, "classpath");
		builder.useSVGDrawer(new BatikSVGDrawer());
		font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
		font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> {
			InputStream stream = ReportPdf.class.getClassLoader().getResourceAsStream("liberation/" + file);
			if (stream == null) {
				throw new IllegalStateException("missing on the classpath: liberation/" + file);
			}
			return stream;
		}, FONT_FAMILY, weight, style, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
	}

	private static FSStream classpathStream(String uri) {
		String path = uri.substring("classpath:".length()).replaceFirst("^/+", "");
		return new FSStream() {
			@Override
			public InputStream getStream() {
				return (path.startsWith("static/") && !path.contains(".."))
						? ReportPdf.class.getClassLoader().getResourceAsStream(path) : null;
			}

			@Override
			public java.io.Reader getReader() {
				InputStream stream = getStream();
				return (stream != null) ? new java.io.InputStreamReader(stream, java.nio.charset.StandardCharsets.UTF_8)
						: null;
			}
		};
	}

}
