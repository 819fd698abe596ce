package id.alurkerja.sop.web;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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

	/**
	 * Stylesheets and fonts are read from the application's own classpath, never from the
	 * network.
	 */
	private static final String BASE = "classpath:/static/";

	private static final String FONT_FAMILY = "Liberation Sans";

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
		org.jsoup.nodes.Document parsed = Jsoup.parse(html, BASE);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(new W3CDom().fromJsoup(parsed), BASE);
		builder.useProtocolsStreamImplementation(SopPdfRenderer::classpathStream, "classpath");
		builder.useSVGDrawer(new BatikSVGDrawer());
		font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
		font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
		font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
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
		builder.useFont(() -> resource("liberation/" + file), FONT_FAMILY, weight, style, true,
				EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
	}

	private static InputStream resource(String path) {
		InputStream stream = SopPdfRenderer.class.getClassLoader().getResourceAsStream(path);
		if (stream == null) {
			throw new IllegalStateException("missing on the classpath: " + path);
		}
		return stream;
	}

	/** Only our own static resources are readable by the PDF renderer. */
	private static FSStream classpathStream(String uri) {
		String path = uri.substring("classpath:".length()).replaceFirst("^/+", "");
		return new FSStream() {
			@Override
			public InputStream getStream() {
				return path.startsWith("static/") && !path.contains("..")
						? SopPdfRenderer.class.getClassLoader().getResourceAsStream(path) : null;
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
