package id.alurkerja.tte;

import java.time.Instant;

import id.alurkerja.org.Kop;

/**
 * What a signed file is made of: the signed version's PDF (never changed) and what its
 * stamp and its verification page say.
 *
 * @param sourceVersionId the document version that was signed
 * @param signerPosition the position as held, "Plt. Kepala Dinas ..." for an acting
 * holder
 */
public record SealRequest(Long kabupatenId, Long sourceVersionId, byte[] pdf, String fileName, String nomor,
		String title, Instant signedAt, String signerName, String signerPosition, String signerNip, Kop kop,
		Signer.Credentials credentials) {

	@Override
	public String toString() {
		return "SealRequest[version=" + this.sourceVersionId + ", nomor=" + this.nomor + "]";
	}

}
