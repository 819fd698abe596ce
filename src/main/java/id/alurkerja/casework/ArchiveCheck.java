package id.alurkerja.casework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a ZIP package in memory within {@link UploadLimits}: its entries are inflated as
 * a stream and counted (never written anywhere), and what its central directory declares
 * is added up too, since an office suite unpacks what the directory lists, which a
 * crafted archive can make point at the same data again and again.
 */
final class ArchiveCheck {

	/** Local file header, central directory header, end of central directory. */
	private static final int LOCAL = 0x04034b50, CENTRAL = 0x02014b50, END = 0x06054b50;

	private static final int ZIP64_LOCATOR = 0x07064b50, ZIP64_END = 0x06064b50;

	private static final long UNKNOWN = 0xFFFFFFFFL;

	private ArchiveCheck() {
	}

	/** The entry names of a package and the text of its {@code mimetype} entry. */
	record Entries(Set<String> names, String mimetype) {
	}

	/**
	 * The package's entries; empty when it is not a readable ZIP. Refused when it
	 * inflates beyond the limits.
	 */
	static Optional<Entries> read(byte[] bytes, UploadLimits limits) {
		checkDeclared(bytes, limits);
		Set<String> names = new HashSet<>();
		String mimetype = null;
		long inflated = 0;
		int count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++count > limits.maxEntries()) {
					throw tooLarge(limits);
				}
				names.add(entry.getName());
				if (entry.getName().equals("mimetype")) {
					byte[] head = zip.readNBytes(100);
					inflated += head.length;
					mimetype = new String(head, StandardCharsets.US_ASCII).strip();
				}
				for (int n; (n = zip.read(buffer)) > 0;) {
					inflated += n;
					if (inflated > limits.maxInflatedBytes()) {
						throw tooLarge(limits);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.of(new Entries(names, mimetype));
	}

	/**
	 * What the central directory promises: its number of entries and the sum of their
	 * uncompressed sizes. An archive without a readable directory is left to the stream
	 * (and to type detection, which then finds nothing).
	 */
	private static void checkDeclared(byte[] bytes, UploadLimits limits) {
		int end = findEnd(bytes);
		if (end < 0) {
			return;
		}
		long offset = u32(bytes, end + 16);
		long entries = u16(bytes, end + 10);
		if (offset == UNKNOWN || entries == 0xFFFF) {
			int locator = end - 20;
			if (locator < 0 || u32(bytes, locator) != ZIP64_LOCATOR) {
				return;
			}
			long zip64 = u64(bytes, locator + 8);
			if (zip64 < 0 || zip64 > bytes.length - 56 || u32(bytes, (int) zip64) != ZIP64_END) {
				return;
			}
			entries = u64(bytes, (int) zip64 + 32);
			offset = u64(bytes, (int) zip64 + 48);
		}
		if (entries < 0 || entries > limits.maxEntries()) {
			throw tooLarge(limits);
		}
		long declared = 0;
		long at = offset;
		for (long i = 0; i < entries; i++) {
			if (at < 0 || at > bytes.length - 46 || u32(bytes, (int) at) != CENTRAL) {
				return;
			}
			int p = (int) at;
			long size = u32(bytes, p + 24);
			int nameLength = u16(bytes, p + 28);
			int extraLength = u16(bytes, p + 30);
			int commentLength = u16(bytes, p + 32);
			if (size == UNKNOWN) {
				size = zip64Size(bytes, p + 46 + nameLength, extraLength);
			}
			declared += size;
			if (size < 0 || declared > limits.maxInflatedBytes()) {
				throw tooLarge(limits);
			}
			at = at + 46 + nameLength + extraLength + commentLength;
		}
	}

	/** The uncompressed size in an entry's ZIP64 extra field; -1 when it has none. */
	private static long zip64Size(byte[] bytes, int from, int length) {
		int p = from;
		int to = Math.min(from + length, bytes.length);
		while (p + 4 <= to) {
			int id = u16(bytes, p);
			int size = u16(bytes, p + 2);
			if (id == 0x0001 && size >= 8 && p + 12 <= to) {
				return u64(bytes, p + 4);
			}
			p += 4 + size;
		}
		return -1;
	}

	/** The end of central directory record: the last one, within its comment's reach. */
	private static int findEnd(byte[] bytes) {
		if (bytes.length < 22 || u32(bytes, 0) != LOCAL) {
			return -1;
		}
		for (int p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xFFFF); p--) {
			if (u32(bytes, p) == END) {
				return p;
			}
		}
		return -1;
	}

	private static CaseworkException.Invalid tooLarge(UploadLimits limits) {
		return new CaseworkException.Invalid("file", "casework.upload.archiveTooLarge",
				limits.maxInflatedBytes() / (1024 * 1024), limits.maxEntries());
	}

	private static int u16(byte[] b, int p) {
		return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] b, int p) {
		return u16(b, p) | ((long) u16(b, p + 2)) << 16;
	}

	/** Negative when beyond a long, which no upload comes near. */
	private static long u64(byte[] b, int p) {
		return u32(b, p) | u32(b, p + 4) << 32;
	}

}
