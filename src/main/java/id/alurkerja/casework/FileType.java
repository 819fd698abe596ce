package id.alurkerja.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a case accepts, recognised by their content, never by their name: PDF,
 * JPEG and PNG by their signatures; DOCX, XLSX and ODT by the entries of their ZIP
 * package.
 */
public enum FileType {

	PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	ODT("application/vnd.oasis.opendocument.text");

	private final String contentType;

	FileType(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	public static Optional<FileType> detect(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return office(bytes);
		}
		return Optional.empty();
	}

	private static Optional<FileType> office(byte[] bytes) {
		Set<String> names = new HashSet<>();
		String mimetype = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
				names.add(entry.getName());
				if (entry.getName().equals("mimetype")) {
					mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (ODT.contentType.equals(mimetype)) {
			return Optional.of(ODT);
		}
		if (names.contains("[Content_Types].xml")) {
			if (names.contains("word/document.xml")) {
				return Optional.of(DOCX);
			}
			if (names.contains("xl/workbook.xml")) {
				return Optional.of(XLSX);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
