package id.alurkerja.tte;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;

/**
 * Who holds the key: turns a prepared PDF (stamp and QR already on its last page) into
 * the same PDF with a PAdES signature over the whole file, the certificate embedded.
 * Either Alur signs with the kabupaten's own key ({@link Kind#LOCAL}), or a certification
 * authority's signing service signs with the signer's personal certificate, unlocked by
 * the NIK and passphrase the signer types ({@link Kind#REMOTE}, BSrE's style). See
 * docs/adr/0070-electronic-signature.md.
 */
public interface Signer {

	Kind kind();

	/**
	 * Whether the signer types an NIK and passphrase at signing. Such a signature can
	 * only be made while the signer is there, so its number is taken at signing.
	 */
	default boolean asksPassphrase() {
		return kind() == Kind.REMOTE;
	}

	/** Whether the certificate the kabupaten signs with is a demo certificate. */
	boolean demo(Long kabupatenId);

	/**
	 * Signs the prepared PDF.
	 * @throws Refused when the key cannot be used (a wrong passphrase, an unknown NIK,
	 * the service not answering): nothing was signed
	 */
	Signed sign(byte[] preparedPdf, Signing signing);

	enum Kind {

		LOCAL, REMOTE

	}

	/**
	 * What the signature says of itself, and the signer's credentials for a remote
	 * signer.
	 */
	record Signing(Long kabupatenId, String kabupatenCode, String signerName, String reason, String location,
			Instant at, Credentials credentials) {
	}

	/**
	 * The signer's NIK and passphrase, held only for the one request: never stored, never
	 * logged ({@link #toString()} hides them).
	 */
	record Credentials(String nik, char[] passphrase) {

		public static final Credentials NONE = new Credentials(null, null);

		public boolean given() {
			return this.nik != null && !this.nik.isBlank() && this.passphrase != null && this.passphrase.length > 0;
		}

		/** Overwrites the passphrase once it has been sent. */
		public void forget() {
			if (this.passphrase != null) {
				Arrays.fill(this.passphrase, '\0');
			}
		}

		@Override
		public String toString() {
			return "Credentials[nik=***, passphrase=***]";
		}

	}

	/** The signed PDF and the certificate it carries (its subject and SHA-256). */
	record Signed(byte[] pdf, String certificateSubject, String certificateSha256, boolean demo) {

		static Signed of(byte[] pdf, X509Certificate certificate, boolean demo) {
			try {
				return new Signed(pdf, certificate.getSubjectX500Principal().getName(),
						SignatureCheck.sha256(certificate.getEncoded()), demo);
			}
			catch (java.security.cert.CertificateEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Why a signer signed nothing; the message key tells the signer on the page. */
	final class Refused extends RuntimeException {

		private final Reason reason;

		public Refused(Reason reason, String detail) {
			super(reason + ((detail != null) ? ": " + detail : ""));
			this.reason = reason;
		}

		public Reason reason() {
			return this.reason;
		}

	}

	enum Reason {

		/** The passphrase does not open the signer's certificate. */
		WRONG_PASSPHRASE("tte.refused.passphrase"),
		/** The NIK has no certificate at the service. */
		UNKNOWN_NIK("tte.refused.nik"),
		/** NIK or passphrase not typed. */
		CREDENTIALS_MISSING("tte.refused.credentialsMissing"),
		/** The service did not answer, or answered something else than a signed PDF. */
		UNAVAILABLE("tte.refused.unavailable"),
		/** No key is configured for the kabupaten. */
		NOT_CONFIGURED("tte.refused.notConfigured"),
		/** The file is no PDF that can be signed. */
		NOT_A_PDF("tte.refused.notPdf");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
