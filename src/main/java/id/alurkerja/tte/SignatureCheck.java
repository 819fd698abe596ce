package id.alurkerja.tte;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a signed PDF as any verifier would: its last signature is a PAdES (or PKCS#7)
 * detached CMS whose byte range starts at the first byte and ends at the last (nothing
 * added after signing), whose message digest matches those bytes and whose signature
 * verifies with the certificate it carries.
 */
public final class SignatureCheck {

	private SignatureCheck() {
	}

	public static Result check(byte[] pdf) {
		if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
			return Result.of(Outcome.NOT_A_PDF);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Result.of(Outcome.NO_SIGNATURE);
			}
			PDSignature signature = signatures.get(signatures.size() - 1);
			int[] range = signature.getByteRange();
			boolean wholeFile = range != null && range.length == 4 && range[0] == 0 && range[1] < range[2]
					&& (long) range[2] + range[3] == pdf.length;
			// the /Contents hex string is padded with zeros after the CMS: read its first
			// object only
			ContentInfo info;
			try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
				info = ContentInfo.getInstance(in.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return Result.of(Outcome.INVALID);
			}
			X509CertificateHolder certificate = matches.iterator().next();
			boolean verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			Outcome outcome = !verifies ? Outcome.INVALID : !wholeFile ? Outcome.NOT_WHOLE_FILE : Outcome.VALID;
			return new Result(outcome, sha256(certificate.getEncoded()), certificate.getSubject().toString(),
					signature.getSubFilter());
		}
		catch (IOException | CMSException | RuntimeException ex) {
			return Result.of(Outcome.INVALID);
		}
		catch (OperatorCreationException | CertificateException ex) {
			return Result.of(Outcome.INVALID);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public enum Outcome {

		VALID, NOT_A_PDF, NO_SIGNATURE, NOT_WHOLE_FILE, INVALID

	}

	/** What the check found; the certificate's SHA-256 and subject when it found one. */
	public record Result(Outcome outcome, String certificateSha256, String certificateSubject, String subFilter) {

		static Result of(Outcome outcome) {
			return new Result(outcome, null, null, null);
		}

		public boolean valid() {
			return this.outcome == Outcome.VALID;
		}

	}

}
