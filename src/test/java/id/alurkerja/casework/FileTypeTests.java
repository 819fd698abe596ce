package id.alurkerja.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are what their content is: ZIP bombs refused, names that cannot mislead. */
class FileTypeTests {

	private static final UploadLimits LIMITS = new UploadLimits(20 << 20, 1 << 20, 100);

	@Test
	void aDocxThatInflatesBeyondTheLimitIsRefusedWhileItIsRead() {
		byte[] bomb = docx(2 << 20);
		assertThat(bomb.length).isLessThan(20 * 1024);
		assertThatThrownBy(() -> FileType.detect(bomb, LIMITS)).isInstanceOfSatisfying(CaseworkException.Invalid.class,
				e -> {
					assertThat(e.field()).isEqualTo("file");
					assertThat(e.code()).isEqualTo("casework.upload.archiveTooLarge");
					assertThat(e.args()).containsExactly(1L, 100);
				});
		assertThat(FileType.detect(docx(512 << 10), LIMITS)).hasValue(FileType.DOCX);
	}

	@Test
	void aBombWhoseDirectoryUnderstatesItIsStillCountedAsItInflates() {
		byte[] bomb = docx(2 << 20);
		ByteBuffer zip = ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN);
		int second = centralEntry(zip, 1);
		assertThat(zip.getInt(second + 24)).isEqualTo(2 << 20);
		zip.putInt(second + 24, 10);
		assertThatThrownBy(() -> FileType.detect(bomb, LIMITS)).isInstanceOfSatisfying(CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.upload.archiveTooLarge"));
	}

	@Test
	void aPackageOfTooManyEntriesIsRefused() {
		assertThatThrownBy(() -> FileType.detect(docxOfEntries(101), LIMITS)).isInstanceOfSatisfying(
				CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.upload.archiveTooLarge"));
		assertThat(FileType.detect(docxOfEntries(90), LIMITS)).hasValue(FileType.DOCX);
	}

	/**
	 * An office suite unpacks what the central directory lists: a directory promising
	 * more than the limit is refused though its entries, read in turn, are small.
	 */
	@Test
	void aCentralDirectoryThatPromisesMoreThanTheLimitIsRefused() {
		byte[] lying = docx(10);
		ByteBuffer zip = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
		zip.putInt(centralEntry(zip, 1) + 24, 0x7FFF_FFFF);
		assertThatThrownBy(() -> FileType.detect(lying, LIMITS)).isInstanceOfSatisfying(CaseworkException.Invalid.class,
				e -> assertThat(e.code()).isEqualTo("casework.upload.archiveTooLarge"));
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			surat.pdf                | PDF  | surat.pdf
			SURAT.PDF                | PDF  | SURAT.PDF
			evil.pdf%00.exe          | PDF  | evil.pdf
			evil.pdf.exe             | PDF  | evil.pdf
			poly.html                | PNG  | poly.png
			foto.jpeg                | JPEG | foto.jpeg
			foto.png                 | JPEG | foto.jpg
			laporan                  | DOCX | laporan.docx
			Surat No. 12             | PDF  | Surat No. 12.pdf
			../../etc/passwd         | PDF  | passwd.pdf
			C:\\Users\\a\\rekap.xlsx | XLSX | rekap.xlsx
			..                       | ODT  | dokumen.odt
			'  .pdf. '               | PDF  | pdf.pdf
			""")
	void theStoredNameEndsInTheCheckedTypesExtension(String original, FileType type, String stored) {
		assertThat(type.safeName(original)).isEqualTo(stored);
	}

	@Test
	void directionOverridesControlsAndInvisibleCharactersAreRemoved() {
		// shown as "docexe.pdf"; it is an .exe name
		assertThat(FileType.PDF.safeName("doc\u202Efdp.exe")).isEqualTo("docfdp.pdf");
		assertThat(FileType.PDF.safeName("sur\u0000at\u200B\u2066.pdf\u2069")).isEqualTo("surat.pdf");
		assertThat(FileType.PDF.safeName("\"kutip\"\r\n.pdf")).isEqualTo("kutip.pdf");
		assertThat(FileType.PDF.safeName(null)).isEqualTo("dokumen.pdf");
	}

	@Test
	void aLongNameIsShortenedKeepingItsExtension() {
		String stored = FileType.DOCX.safeName("a".repeat(300) + ".exe");
		assertThat(stored).hasSize(200).endsWith("a.docx");
		// a character outside the BMP is never cut in half
		String emoji = FileType.PDF.safeName("\uD83D\uDCC4".repeat(250) + ".pdf");
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(200);
		assertThat(emoji).endsWith("\uD83D\uDCC4.pdf");
	}

	/** Where the central directory's {@code index}th entry starts. */
	private static int centralEntry(ByteBuffer zip, int index) {
		int end = zip.capacity() - 22;
		assertThat(zip.getInt(end)).isEqualTo(0x06054b50);
		int at = zip.getInt(end + 16);
		for (int i = 0; i < index; i++) {
			at += 46 + Short.toUnsignedInt(zip.getShort(at + 28)) + Short.toUnsignedInt(zip.getShort(at + 30))
					+ Short.toUnsignedInt(zip.getShort(at + 32));
		}
		assertThat(zip.getInt(at)).isEqualTo(0x02014b50);
		return at;
	}

	/** A DOCX whose document.xml is {@code size} zeros (a ZIP bomb when large). */
	static byte[] docx(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[64 * 1024];
			for (int written = 0; written < size; written += zeros.length) {
				zip.write(zeros, 0, Math.min(zeros.length, size - written));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] docxOfEntries(int entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			for (int i = 2; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("word/media/" + i + ".xml"));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
