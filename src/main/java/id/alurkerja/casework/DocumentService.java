package id.alurkerja.casework;

import java.util.UUID;

import id.alurkerja.casework.numbering.Numbering;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Kops;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PasswordCheck;
import id.alurkerja.org.UnitView;
import id.alurkerja.tte.SignedDocuments;
import id.alurkerja.tte.Signer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Documents of a case: uploading drafts and attachments as versions, paraf on a version,
 * and signing a version, which gives it its official number.
 */
@Service
@Transactional
public class DocumentService {

	private final CaseFileRepository cases;

	private final CaseDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final CaseStore store;

	private final CaseAccess access;

	private final Case.Numbers numbers;

	private final JdbcTemplate jdbc;

	private final PasswordCheck passwords;

	private final TransactionTemplate transactions;

	private final UploadLimits limits;

	private final ActionTokens tokens;

	private final Sealing sealing;

	private final SignedDocuments signedFiles;

	DocumentService(CaseFileRepository cases, CaseDocumentRepository documents, DocumentVersionRepository versions,
			CaseStore store, CaseAccess access, Numbering numbering, JdbcTemplate jdbc, PasswordCheck passwords,
			PlatformTransactionManager transactionManager, @Value("${alur.upload.max-size:20MB}") DataSize maxSize,
			@Value("${alur.upload.archive.max-inflated-size:100MB}") DataSize maxInflated,
			@Value("${alur.upload.archive.max-entries:10000}") int maxEntries, ActionTokens tokens,
			SignedDocuments signedFiles, OrgDirectory directory, Kops kops) {
		this.signedFiles = signedFiles;
		this.sealing = new Sealing(signedFiles, directory, kops, jdbc);
		this.passwords = passwords;
		this.transactions = new TransactionTemplate(transactionManager);
		this.cases = cases;
		this.documents = documents;
		this.versions = versions;
		this.store = store;
		this.access = access;
		this.numbers = new Case.Numbers() {

			@Override
			public boolean isKnown(String klasifikasi) {
				return numbering.isKnown(klasifikasi);
			}

			@Override
			public String next(UnitView unit, int year, String klasifikasi) {
				return numbering.next(unit, year, klasifikasi);
			}

		};
		this.jdbc = jdbc;
		this.limits = new UploadLimits(maxSize.toBytes(), maxInflated.toBytes(), maxEntries);
		this.tokens = tokens;
	}

	public DataSize maxSize() {
		return DataSize.ofBytes(this.limits.maxBytes());
	}

	/**
	 * Uploads a new document ({@code documentId} null, with a title) or a new version of
	 * one. Whoever works on the current step (its owner or a delegate) may upload.
	 * @return the new version's id
	 */
	public Long upload(AlurUser user, Long caseId, Long documentId, String title, String fileName, byte[] bytes) {
		return upload(user, caseId, documentId, title, fileName, bytes, null);
	}

	/** {@link #upload} once per form: a second submit of its {@code token} is refused. */
	public Long upload(AlurUser user, Long caseId, Long documentId, String title, String fileName, byte[] bytes,
			UUID token) {
		this.tokens.consume(token);
		Actor actor = this.access.actor(user);
		Case c = this.store.forCase(actor, caseId);
		c.upload(actor, documentId, title, fileName, bytes, this.limits);
		return this.store.save(c);
	}

	/**
	 * Initials a version: at most three reviewers, each more senior than the one before;
	 * only the latest version of a document, never a signed one.
	 */
	public void paraf(AlurUser user, Long versionId) {
		paraf(user, versionId, null);
	}

	/** {@link #paraf} once per form: a second submit of its {@code token} is refused. */
	public void paraf(AlurUser user, Long versionId, UUID token) {
		this.tokens.consume(token);
		Actor actor = this.access.actor(user);
		CaseStore.Located located = this.store.forVersion(actor, versionId);
		located.caseOf().initial(actor, located.version(), located.title());
		this.store.save(located.caseOf());
	}

	/**
	 * Signs a version: the owner of the current step signs, confirming with their
	 * password; the version becomes final and gets the next number of the signer's unit
	 * for the year, from the unit's pattern (unless a later step of the SOP numbers it:
	 * then the result is null). A wrong password leaves everything, the number counter
	 * included, untouched.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String sign(AlurUser user, Long versionId, String klasifikasi, String password) {
		return sign(user, versionId, klasifikasi, password, Signer.Credentials.NONE);
	}

	/**
	 * {@link #sign(AlurUser, Long, String, String)} that also makes the signed file when
	 * the number is known now ({@link SignPolicy#sealsNow}): with a remote signer the
	 * signer's NIK and passphrase ({@code credentials}) unlock their certificate at the
	 * certification authority, and a refusal there (a wrong passphrase) leaves everything
	 * untouched, the number counter included.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String sign(AlurUser user, Long versionId, String klasifikasi, String password,
			Signer.Credentials credentials) {
		if (this.sealing.signerMakesTheFile() && (credentials == null || !credentials.given())) {
			throw new CaseworkException.Invalid("passphrase", "tte.refused.credentialsMissing");
		}
		// checked before the transaction (when the caller has none): hashing takes a
		// while, and holds no connection nor the case's lock meanwhile
		if (!this.passwords.confirms(user, password)) {
			throw new CaseworkException.Invalid("password", "casework.sign.passwordWrong");
		}
		return this.transactions.execute(status -> {
			Actor actor = this.access.actor(user);
			CaseStore.Located located = this.store.forVersion(actor, versionId);
			this.sealing.checkSignable(located.version());
			String nomor = located.caseOf()
				.sign(actor, located.version(), located.title(), klasifikasi, this.numbers,
						this.sealing.signerMakesTheFile());
			this.store.save(located.caseOf());
			if (SignPolicy.sealsNow(located.version(), this.sealing.enabled())) {
				this.sealing.seal(located.version(), located.title(), credentials);
			}
			return nomor;
		});
	}

	/**
	 * Numbers a version signed without a number, at the SOP's numbering step (its owner).
	 */
	public String number(AlurUser user, Long versionId) {
		Actor actor = this.access.actor(user);
		CaseStore.Located located = this.store.forVersion(actor, versionId);
		String nomor = located.caseOf().number(actor, located.version(), located.title(), this.numbers);
		this.store.save(located.caseOf());
		// Alur's own key signs now that the number is known; a signer's personal
		// certificate (remote) took its number at signing and never comes here
		if (SignPolicy.sealsNow(located.version(), this.sealing.enabled() && !this.sealing.signerMakesTheFile())) {
			try {
				this.sealing.seal(located.version(), located.title(), Signer.Credentials.NONE);
			}
			catch (CaseworkException.Invalid unreadable) {
				// a version signed before signed files existed whose file is no readable
				// PDF: it is numbered as before, without a signed file
				if (!"tte.refused.notPdf".equals(unreadable.code())) {
					throw unreadable;
				}
			}
		}
		return nomor;
	}

	/** The bytes of a version, for a user who may see the case. */
	@Transactional(readOnly = true)
	public Download download(AlurUser user, Long versionId) {
		Actor actor = this.access.actor(user);
		DocumentVersion version = this.versions.findById(versionId)
			.filter(v -> v.getKabupatenId().equals(actor.kabupatenId()))
			.orElseThrow(CaseworkException.NotFound::new);
		CaseDocument document = this.documents.findById(version.getDocumentId()).orElseThrow();
		CaseFile c = this.cases.findById(document.getCaseId())
			.filter(x -> this.access.canView(actor, x))
			.orElseThrow(CaseworkException.NotFound::new);
		byte[] bytes = this.jdbc.queryForObject("select bytes from document_content where version_id = ?", byte[].class,
				version.getId());
		// names stored before they were cleaned get the same rule on the way out
		String name = FileType.ofContentType(version.getContentType())
			.map(t -> t.safeName(version.getFileName()))
			.orElse(version.getFileName());
		return new Download(name, version.getContentType(), bytes, c.getId());
	}

	/**
	 * The signed file of a version (its final, electronically signed PDF), for a user who
	 * may see the case.
	 */
	@Transactional(readOnly = true)
	public Download downloadSigned(AlurUser user, Long versionId) {
		Download original = download(user, versionId);
		Actor actor = this.access.actor(user);
		byte[] bytes = this.signedFiles.bytes(actor.kabupatenId(), versionId)
			.orElseThrow(CaseworkException.NotFound::new);
		String name = this.signedFiles.ofVersions(actor.kabupatenId(), java.util.List.of(versionId))
			.get(versionId)
			.fileName();
		return new Download(FileType.PDF.safeName(name), FileType.PDF.contentType(), bytes, original.caseId());
	}

	/** A file to send back: the original (sanitised) name, its content type and bytes. */
	public record Download(String fileName, String contentType, byte[] bytes, Long caseId) {
	}

}
