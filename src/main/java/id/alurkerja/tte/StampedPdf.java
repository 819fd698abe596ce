package id.alurkerja.tte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.alurkerja.org.Kop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The stamp of a signed document on its last page, inside the office's box: the kop's
 * logo, a QR code to the verification page (drawn as vector squares), and the lines that
 * say number, date and who signed electronically. Written as a full save of a copy: the
 * original upload is never touched.
 */
final class StampedPdf {

	private static final float MM = 72f / 25.4f;

	private static final float PADDING = 2 * MM;

	private StampedPdf() {
	}

	/**
	 * @param heading the kop's line printed first, in bold
	 * @param lines the stamp's text, top to bottom
	 */
	record Stamp(String heading, List<String> lines, String verificationUrl, Kop kop) {
	}

	static byte[] stamp(byte[] pdf, Stamp stamp) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() == 0 || document.isEncrypted()) {
				throw new Signer.Refused(Signer.Reason.NOT_A_PDF, "no pages or encrypted");
			}
			PDPage page = document.getPage(document.getNumberOfPages() - 1);
			PDRectangle media = page.getCropBox();
			Kop.StampBox box = stamp.kop().stamp();
			float width = Math.min(box.widthMm() * MM, media.getWidth());
			float height = Math.min(box.heightMm() * MM, media.getHeight());
			float x = media.getLowerLeftX() + Math.min(box.xMm() * MM, media.getWidth() - width);
			float y = media.getLowerLeftY() + Math.min(box.yMm() * MM, media.getHeight() - height);
			PDFont regular = font(document, "LiberationSans-Regular.ttf");
			PDFont bold = font(document, "LiberationSans-Bold.ttf");
			try (PDPageContentStream content = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				content.setNonStrokingColor(1f, 1f, 1f);
				content.addRect(x, y, width, height);
				content.fill();
				content.setStrokingColor(0.35f, 0.35f, 0.35f);
				content.setLineWidth(0.5f);
				content.addRect(x, y, width, height);
				content.stroke();
				float inner = height - 2 * PADDING;
				float left = x + PADDING;
				if (stamp.kop().hasLogo()) {
					PDImageXObject logo = PDImageXObject.createFromByteArray(document, stamp.kop().logo(), "logo");
					float scale = Math.min(inner * 0.6f / logo.getWidth(), inner * 0.6f / logo.getHeight());
					float w = logo.getWidth() * scale;
					float h = logo.getHeight() * scale;
					content.drawImage(logo, left, y + height - PADDING - h, w, h);
					left += w + PADDING;
				}
				qr(content, stamp.verificationUrl(), left, y + PADDING, inner);
				left += inner + PADDING;
				text(content, regular, bold, stamp, left, y + PADDING, x + width - PADDING - left, inner);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 50_000);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new Signer.Refused(Signer.Reason.NOT_A_PDF, ex.getMessage());
		}
	}

	private static void qr(PDPageContentStream content, String url, float x, float y, float size) throws IOException {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.MARGIN, 1);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		float module = size / matrix.getWidth();
		content.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int column = 0; column < matrix.getWidth(); column++) {
				if (matrix.get(column, row)) {
					content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		content.fill();
	}

	private static void text(PDPageContentStream content, PDFont regular, PDFont bold, Stamp stamp, float x, float y,
			float width, float height) throws IOException {
		float size = 8f;
		List<String[]> lines;
		// the lines shrink until they fit the box, down to a size still legible
		while (true) {
			lines = new ArrayList<>();
			if (stamp.heading() != null && !stamp.heading().isBlank()) {
				for (String part : wrap(stamp.heading(), bold, size, width)) {
					lines.add(new String[] { "b", part });
				}
			}
			for (String line : stamp.lines()) {
				for (String part : wrap(line, regular, size, width)) {
					lines.add(new String[] { "r", part });
				}
			}
			if (lines.size() * size * 1.2f <= height || size <= 5f) {
				break;
			}
			size -= 0.5f;
		}
		content.setNonStrokingColor(0f, 0f, 0f);
		float leading = size * 1.2f;
		float top = y + height - size;
		for (int i = 0; i < lines.size(); i++) {
			content.beginText();
			content.setFont("b".equals(lines.get(i)[0]) ? bold : regular, size);
			content.newLineAtOffset(x, top - i * leading);
			content.showText(lines.get(i)[1]);
			content.endText();
		}
	}

	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> out = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				out.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			out.add(line.toString());
		}
		return out;
	}

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = StampedPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
			if (in == null) {
				throw new IllegalStateException("missing on the classpath: liberation/" + file);
			}
			return PDType0Font.load(document, in, true);
		}
	}

}
