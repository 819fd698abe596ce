package id.alurkerja.casework;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.org.Kops;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PersonView;
import id.alurkerja.org.PositionView;
import id.alurkerja.tte.SealRequest;
import id.alurkerja.tte.SignedDocuments;
import id.alurkerja.tte.SignedFile;
import id.alurkerja.tte.Signer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns a signed, numbered PDF version into its signed file (tte): the file of the
 * version as uploaded, its number and signing date, the signer as they signed (position
 * with Plt./Plh. as held, NIP) and the kop of the signer's unit. When this happens is
 * {@link SignPolicy#sealsNow}'s rule.
 */
final class Sealing {

	private final SignedDocuments signed;

	private final OrgDirectory directory;

	private final Kops kops;

	private final JdbcTemplate jdbc;

	Sealing(SignedDocuments signed, OrgDirectory directory, Kops kops, JdbcTemplate jdbc) {
		this.signed = signed;
		this.directory = directory;
		this.kops = kops;
		this.jdbc = jdbc;
	}

	/**
	 * Makes the version's signed file.
	 * @throws CaseworkException.Invalid when the signer signed nothing (the transaction
	 * rolls back: no signature, no number)
	 */
	SignedFile seal(DocumentVersion version, String title, Signer.Credentials credentials) {
		Long kabupatenId = version.getKabupatenId();
		PositionView position = this.directory.position(kabupatenId, version.getSignedByPositionId()).orElseThrow();
		PersonView person = this.directory.person(kabupatenId, version.getSignedByPersonId()).orElseThrow();
		AssignmentKind kind = (version.getSignedActing() != null) ? AssignmentKind.valueOf(version.getSignedActing())
				: AssignmentKind.DEFINITIF;
		String label = kind.acting() ? kind.prefix() + " " + position.title() : position.title();
		byte[] bytes = this.jdbc.queryForObject("select bytes from document_content where version_id = ?", byte[].class,
				version.getId());
		try {
			return this.signed.seal(new SealRequest(kabupatenId, version.getId(), bytes, version.getFileName(),
					version.getNomor(), title, version.getSignedAt(), person.name(), label, person.nip(),
					this.kops.kopOf(kabupatenId, position.unitId()),
					(credentials != null) ? credentials : Signer.Credentials.NONE));
		}
		catch (Signer.Refused refused) {
			String field = switch (refused.reason()) {
				case WRONG_PASSPHRASE, CREDENTIALS_MISSING -> "passphrase";
				case UNKNOWN_NIK -> "nik";
				default -> null;
			};
			throw new CaseworkException.Invalid(field, refused.reason().messageKey());
		}
	}

	/**
	 * Refuses to sign a PDF that no signed file can be made of, also where the file is
	 * made later (at the numbering step).
	 */
	void checkSignable(DocumentVersion version) {
		if (!enabled() || !SignPolicy.signableFile(version).allowed()) {
			return;
		}
		byte[] bytes = this.jdbc.queryForObject("select bytes from document_content where version_id = ?", byte[].class,
				version.getId());
		try {
			this.signed.checkSignable(bytes);
		}
		catch (Signer.Refused refused) {
			throw new CaseworkException.Invalid(null, refused.reason().messageKey());
		}
	}

	boolean enabled() {
		return this.signed.enabled();
	}

	boolean signerMakesTheFile() {
		return this.signed.asksPassphrase();
	}

}
