package id.alurkerja.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a signed PDF finds on its last page: its text and its QR code. */
public final class SignedPdfs {

	private SignedPdfs() {
	}

	public static String lastPageText(byte[] pdf) {
		return pageText(pdf, 0);
	}

	/** The text of a page, counted from 1; 0 is the last page. */
	public static String pageText(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			int n = (page == 0) ? document.getNumberOfPages() : page;
			stripper.setStartPage(n);
			stripper.setEndPage(n);
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The QR code of the last page, decoded by ZXing from the page rendered at 200 dpi.
	 */
	public static String lastPageQr(byte[] pdf) {
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		BufferedImage image = render(pdf, pages - 1, 200);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return new QRCodeReader().decode(bitmap, hints).getText();
		}
		catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new AssertionError("no QR code found on the last page", ex);
		}
	}

	/** A copy of the file with one byte changed in the middle of its first content. */
	public static byte[] oneByteChanged(byte[] pdf) {
		byte[] copy = pdf.clone();
		int at = copy.length / 3;
		copy[at] = (byte) (copy[at] ^ 0x01);
		return copy;
	}

}
