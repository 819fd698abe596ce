package id.alurkerja.sop;

import java.util.List;

/**
 * What a step does with a document of the case, as the SOP's text says. The document is
 * named (e.g. "Surat Bupati"); the steps that draft, initial, sign and number it name the
 * same document, and the case keeps its versions under that name.
 * <ul>
 * <li>{@link Kind#DRAFT}: the step's lane uploads versions of it (a returned step gets it
 * back for a new version);</li>
 * <li>{@link Kind#PARAF}: during the step, holders of the named lanes initial its latest
 * version, at most three, each more senior than the one before;</li>
 * <li>{@link Kind#SIGN}: the step's lane signs its latest version; the number takes the
 * klasifikasi arsip given here (unless a later step numbers it);</li>
 * <li>{@link Kind#NUMBER}: the step's lane gives the signed version its number and sends
 * it.</li>
 * </ul>
 */
public record DocumentDuty(Kind kind, String document, List<String> parafLanes, String klasifikasi) {

	public DocumentDuty {
		parafLanes = SopContent.nullSafe(parafLanes);
	}

	public enum Kind {

		DRAFT, PARAF, SIGN, NUMBER

	}

	public static DocumentDuty drafts(String document) {
		return new DocumentDuty(Kind.DRAFT, document, List.of(), null);
	}

	public static DocumentDuty asksParaf(String document, List<String> lanes) {
		return new DocumentDuty(Kind.PARAF, document, lanes, null);
	}

	public static DocumentDuty signs(String document, String klasifikasi) {
		return new DocumentDuty(Kind.SIGN, document, List.of(), klasifikasi);
	}

	public static DocumentDuty numbers(String document) {
		return new DocumentDuty(Kind.NUMBER, document, List.of(), null);
	}

	/** Whether this duty concerns the named document. */
	public boolean concerns(String documentTitle) {
		return sameDocument(this.document, documentTitle);
	}

	/**
	 * Whether two names name one document: compared without case and surrounding spaces,
	 * as an official types a title.
	 */
	public static boolean sameDocument(String name, String other) {
		return name != null && other != null && name.strip().equalsIgnoreCase(other.strip());
	}

}
