package id.alurkerja.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints the application's own HTML pages as PDF: jsoup makes the well-formed DOM
 * openhtmltopdf needs, SVG is drawn by Batik, and Liberation Sans is embedded (a PDF must
 * not depend on the reader's fonts). Stylesheets and images come only from the app's own
 * classpath, never from the network.
 */
public final class PdfPrinter {

	private static final String BASE = "classpath:/static/";

	public static final String FONT_FAMILY = "Liberation Sans";

	private PdfPrinter() {
	}

	/**
	 * Lays out rendered HTML (as the browser gets it) as a PDF; the page size comes from
	 * the CSS {@code @page}.
	 */
	public static byte[] print(String html) {
		org.jsoup.nodes.Document parsed = Jsoup.parse(html, BASE);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(new W3CDom().fromJsoup(parsed), BASE);
		builder.useProtocolsStreamImplementation(PdfPrinter::classpathStream, "classpath");
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
		InputStream stream = PdfPrinter.class.getClassLoader().getResourceAsStream(path);
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
						? PdfPrinter.class.getClassLoader().getResourceAsStream(path) : null;
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
