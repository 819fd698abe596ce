package id.alurkerja.org;

import java.util.Base64;
import java.util.List;

/**
 * A unit's kop (letterhead): its name lines top to bottom, address and logo, and where
 * the signature stamp goes on the last page of its signed documents. What a document
 * prints is the kop of the nearest unit up the tree that has one
 * ({@link OrgDirectory#kopOf}); a unit with none up its tree gets the lines its place in
 * the tree gives (the pemda, then the perangkat daerah), without logo.
 */
public record Kop(Long unitId, List<String> lines, String address, byte[] logo, String logoContentType, StampBox stamp,
		boolean derived) {

	public Kop {
		lines = List.copyOf(lines);
		stamp = (stamp != null) ? stamp : StampBox.DEFAULT;
	}

	public boolean hasLogo() {
		return this.logo != null && this.logo.length > 0;
	}

	/** The logo as a {@code data:} URI, for the printed pages (nothing is fetched). */
	public String logoDataUri() {
		return hasLogo() ? "data:" + this.logoContentType + ";base64," + Base64.getEncoder().encodeToString(this.logo)
				: null;
	}

	/** The first name line: the office as the stamp names it. */
	public String office() {
		return this.lines.isEmpty() ? "" : this.lines.get(this.lines.size() - 1);
	}

	/**
	 * The box on the last page of a signed document that holds the number, date, QR code
	 * and the signature line: millimetres from the page's lower left corner.
	 */
	public record StampBox(int xMm, int yMm, int widthMm, int heightMm) {

		/** Across the foot of an A4 page, above the usual bottom margin. */
		public static final StampBox DEFAULT = new StampBox(20, 12, 170, 40);

	}

}
