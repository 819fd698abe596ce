package id.alurkerja.casework;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file types a case accepts, recognised by their content, never by their name: PDF,
 * JPEG and PNG by their signatures; DOCX, XLSX and ODT by the entries of their ZIP
 * package.
 */
public enum FileType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	/** The longest stored name, in characters (code points, never half a one). */
	private static final int MAX_NAME = 200;

	/**
	 * Characters a name never keeps: controls, format characters (the direction overrides
	 * and isolates, e.g. U+202E between "doc" and "fdp.exe" shows "docexe.pdf";
	 * zero-width ones), line separators, lone surrogates, quotes; and controls spelled
	 * out as {@code %00}, the old trick to end a name early.
	 */
	private static final Pattern UNSAFE = Pattern
		.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\"]|%(?:[01][0-9A-Fa-f]|7[Ff])");

	/** What a file name's last part looks like when it means to be an extension. */
	private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return this.contentType;
	}

	/** The type a stored file was checked as, by its content type. */
	public static Optional<FileType> ofContentType(String contentType) {
		return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
	}

	/**
	 * The name a file checked as this type is stored and downloaded under: the original's
	 * last path segment, readable but harmless ({@link #UNSAFE} removed), ending in this
	 * type's extension, so that the name never promises another type than the content was
	 * checked as ({@code evil.pdf.exe} is {@code evil.pdf}, a PNG sent as
	 * {@code poly.html} is {@code poly.png}).
	 */
	public String safeName(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = trimDots(UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll(""));
		int dot = name.lastIndexOf('.');
		if (dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
			String extension = name.substring(dot + 1);
			if (this.extensions.contains(extension.toLowerCase(Locale.ROOT))) {
				return shortened(name.substring(0, dot), extension);
			}
			name = trimDots(name.substring(0, dot));
			// "evil.pdf.exe": what is left may already end in this type's extension
			int inner = name.lastIndexOf('.');
			if (inner > 0 && this.extensions.contains(name.substring(inner + 1).toLowerCase(Locale.ROOT))) {
				return shortened(name.substring(0, inner), name.substring(inner + 1));
			}
		}
		return shortened(name.isEmpty() ? "dokumen" : name, this.extensions.get(0));
	}

	private static String shortened(String base, String extension) {
		String kept = base.codePoints()
			.limit(MAX_NAME - extension.length() - 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return trimDots(kept.isEmpty() ? "dokumen" : kept) + "." + extension;
	}

	/** Without the spaces and dots at either end ("..", " .pdf", "surat. "). */
	private static String trimDots(String name) {
		return name.replaceAll("^[.\\s]+|[.\\s]+$", "");
	}

	/**
	 * The type of a file by its content; empty when it is none of the accepted ones. A
	 * ZIP package beyond the limits is refused ({@link ArchiveCheck}).
	 */
	public static Optional<FileType> detect(byte[] bytes, UploadLimits limits) {
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
			return ArchiveCheck.read(bytes, limits).flatMap(FileType::office);
		}
		return Optional.empty();
	}

	private static Optional<FileType> office(ArchiveCheck.Entries entries) {
		if (ODT.contentType.equals(entries.mimetype())) {
			return Optional.of(ODT);
		}
		if (entries.names().contains("[Content_Types].xml")) {
			if (entries.names().contains("word/document.xml")) {
				return Optional.of(DOCX);
			}
			if (entries.names().contains("xl/workbook.xml")) {
				return Optional.of(XLSX);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
