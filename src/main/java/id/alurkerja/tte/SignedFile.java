package id.alurkerja.tte;

import java.time.Instant;

/**
 * A signed file as the case page and the verification page show it (its bytes apart).
 */
public record SignedFile(Long id, Long sourceVersionId, String code, String fileName, long sizeBytes, String sha256,
		String nomor, String title, Instant signedAt, String signerName, String signerPosition, String signerNip,
		String office, String certificateSubject, String certificateSha256, boolean demoCertificate,
		Signer.Kind signerKind) {
}
