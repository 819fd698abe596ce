package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.casework.CaseDetail.VersionView;

/**
 * What a signer sees before signing: the version itself, the paraf it carries, the
 * klasifikasi arsip (fixed by the SOP or to choose) and the number it will receive. The
 * number is provisional: it is taken only when the signature is given, and someone of the
 * same unit may sign first. Where a later step numbers the document, there is no number
 * yet and {@code numberedAt} names that step.
 */
public record SignConfirmation(Long caseId, String registrationNo, String perihal, String documentTitle,
		VersionView version, Preview preview, String signerPosition, String fixedKlasifikasi,
		List<ActionPanel.Klasifikasi> klasifikasi, String provisionalNumber, NumberingStep numberedAt,
		boolean convertFirst, Tte tte) {

	/**
	 * How the signature is made: whether a signed file is made at all, whether the signer
	 * types NIK and passphrase (a remote signer), whether the certificate is a demo one.
	 */
	public record Tte(boolean enabled, boolean asksPassphrase, boolean demo) {
	}

	/**
	 * How the page shows the file: inline for PDF and images, else offered for download.
	 */
	public enum Preview {

		PDF, IMAGE, DOWNLOAD;

		public static Preview of(String contentType) {
			if ("application/pdf".equals(contentType)) {
				return PDF;
			}
			return (contentType != null && contentType.startsWith("image/")) ? IMAGE : DOWNLOAD;
		}

	}

	/** The SOP step that numbers the document after it is signed. */
	public record NumberingStep(String no, String name) {
	}

}
