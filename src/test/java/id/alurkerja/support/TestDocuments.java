package id.alurkerja.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The smallest files Alur's upload check accepts as what they claim to be. */
public final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A real one-page A4 PDF (PDFBox) that prints the text: what a signature can be put
	 * into.
	 */
	public static byte[] pdf(String text) {
		// the same text gives the same bytes (PDFBox writes a random /ID each time)
		return PDFS.computeIfAbsent(text, TestDocuments::makePdf).clone();
	}

	private static final java.util.Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

	private static byte[] makePdf(String text) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 760);
				content.showText(text.replaceAll("[^\\x20-\\x7e]", "?"));
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A DOCX: a ZIP whose first entry is the content-types part. */
	public static byte[] docx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
