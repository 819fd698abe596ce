package id.alurkerja.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import id.alurkerja.casework.CaseEvent.ActedBy;
import id.alurkerja.casework.numbering.Numbering;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Documents of a case: uploading drafts and attachments as versions, paraf on a version,
 * and signing a version, which gives it its official number.
 */
@Service
@Transactional
public class DocumentService {

	private final CaseFileRepository cases;

	private final TaskRepository tasks;

	private final DelegationRepository delegations;

	private final CaseDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final ParafRepository parafs;

	private final CaseAccess access;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	private final Numbering numbering;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	DocumentService(CaseFileRepository cases, TaskRepository tasks, DelegationRepository delegations,
			CaseDocumentRepository documents, DocumentVersionRepository versions, ParafRepository parafs,
			CaseAccess access, OrgDirectory directory, ApplicationEventPublisher events, Numbering numbering,
			JdbcTemplate jdbc, Clock clock, @Value("${alur.upload.max-size:20MB}") DataSize maxSize) {
		this.cases = cases;
		this.tasks = tasks;
		this.delegations = delegations;
		this.documents = documents;
		this.versions = versions;
		this.parafs = parafs;
		this.access = access;
		this.directory = directory;
		this.events = events;
		this.numbering = numbering;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Uploads a new document ({@code documentId} null, with a title) or a new version of
	 * one. Whoever works on the current step (its owner or a delegate) may upload.
	 */
	public Long upload(AlurUser user, Long caseId, Long documentId, String title, String fileName, byte[] bytes) {
		Actor actor = this.access.actor(user);
		CaseFile c = lockVisible(actor, caseId);
		c.ensureRunning();
		Task task = this.tasks.findFirstByCaseIdAndStatus(c.getId(), TaskStatus.OPEN).orElseThrow();
		Holding holding = UploadPolicy
			.mayUpload(actor, c, task, () -> this.delegations.findByTaskIdOrderByCreatedAtAscIdAsc(task.getId()),
					() -> this.tasks.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId()).size() == 1,
					Organisation.of(this.directory, c.getKabupatenId(), LocalDate.now(this.clock)))
			.orThrow();
		if (bytes == null || bytes.length == 0) {
			throw new CaseworkException.Invalid("file", "casework.upload.empty");
		}
		if (bytes.length > this.maxSize.toBytes()) {
			throw new CaseworkException.Invalid("file", "casework.upload.tooLarge", this.maxSize.toMegabytes());
		}
		FileType type = FileType.detect(bytes)
			.orElseThrow(() -> new CaseworkException.Invalid("file", "casework.upload.type"));
		CaseDocument document;
		int number;
		if (documentId == null) {
			if (!StringUtils.hasText(title)) {
				throw new CaseworkException.Invalid("title", "casework.upload.titleRequired");
			}
			document = this.documents.save(new CaseDocument(c.getId(), title.strip(), now()));
			number = 1;
		}
		else {
			document = this.documents.findById(documentId)
				.filter(d -> d.getCaseId().equals(c.getId()))
				.orElseThrow(CaseworkException.NotFound::new);
			List<DocumentVersion> existing = this.versions.findByDocumentIdOrderByNumberAsc(document.getId());
			if (existing.stream().anyMatch(DocumentVersion::isSigned)) {
				throw new CaseworkException.Conflict("casework.upload.documentSigned");
			}
			number = existing.size() + 1;
		}
		String safeName = safeFileName(fileName, type);
		DocumentVersion version = this.versions.save(new DocumentVersion(document.getId(), c.getKabupatenId(), number,
				task.getId(), task.getStepNo(), safeName, type.contentType(), bytes.length, sha256(bytes),
				actor.personId(), holding.position().id(), now()));
		this.jdbc.update("insert into document_content (version_id, bytes) values (?, ?)", version.getId(), bytes);
		this.events.publishEvent(new CaseEvent.DocumentUploaded(c.getId(), task.getStepNo(), task.getId(),
				ActedBy.of(actor, holding), number, document.getTitle(), safeName));
		return version.getId();
	}

	/**
	 * Initials a version: at most three reviewers, each more senior than the one before;
	 * only the latest version of a document, never a signed one.
	 */
	public void paraf(AlurUser user, Long versionId) {
		Actor actor = this.access.actor(user);
		Located located = locate(actor, versionId);
		DocumentVersion version = located.version();
		List<Paraf> existing = this.parafs.findByVersionIdOrderByOrdAsc(version.getId());
		Holding holding = ParafPolicy
			.mayInitial(actor, version, this.versions.findByDocumentIdOrderByNumberAsc(version.getDocumentId()),
					existing)
			.orThrow();
		this.parafs.save(new Paraf(version.getId(), existing.size() + 1, actor.personId(), holding.position().id(),
				holding.kind().name(), holding.position().rank(), now()));
		Task current = currentTask(located.caseFile());
		this.events.publishEvent(new CaseEvent.Initialled(located.caseFile().getId(),
				(current != null) ? current.getStepNo() : null, (current != null) ? current.getId() : null,
				ActedBy.of(actor, holding), version.getNumber(), located.title()));
	}

	/**
	 * Signs a version: the owner of the current step signs; the version becomes final and
	 * gets the next number of the signer's unit for the year, from the unit's pattern.
	 */
	public String sign(AlurUser user, Long versionId, String klasifikasi) {
		Actor actor = this.access.actor(user);
		Located located = locate(actor, versionId);
		DocumentVersion version = located.version();
		CaseFile c = located.caseFile();
		Task task = currentTask(c);
		if (task == null) {
			throw new CaseworkException.Conflict("casework.case.notRunning", c.getRegistrationNo());
		}
		Holding holding = SignPolicy
			.maySign(actor, task, version, this.versions.findByDocumentIdOrderByNumberAsc(version.getDocumentId()),
					Organisation.of(this.directory, c.getKabupatenId(), LocalDate.now(this.clock)))
			.orThrow();
		if (!this.numbering.isKnown(klasifikasi)) {
			throw new CaseworkException.Invalid("klasifikasi", "casework.sign.klasifikasiUnknown");
		}
		UnitView unit = this.directory.unit(c.getKabupatenId(), holding.position().unitId()).orElseThrow();
		String nomor = this.numbering.next(unit, LocalDate.now(this.clock).getYear(), klasifikasi);
		version.sign(actor.personId(), holding.position().id(), holding.kind().name(), klasifikasi, nomor, now());
		ActedBy by = ActedBy.of(actor, holding);
		this.events.publishEvent(new CaseEvent.Signed(c.getId(), task.getStepNo(), task.getId(), by,
				version.getNumber(), located.title()));
		this.events.publishEvent(
				new CaseEvent.Numbered(c.getId(), task.getStepNo(), task.getId(), by, nomor, located.title()));
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
		return new Download(version.getFileName(), version.getContentType(), bytes, c.getId());
	}

	/** A file to send back: the original (sanitised) name, its content type and bytes. */
	public record Download(String fileName, String contentType, byte[] bytes, Long caseId) {
	}

	// ------------------------------------------------------------------

	private record Located(CaseFile caseFile, DocumentVersion version, String title) {
	}

	private Located locate(Actor actor, Long versionId) {
		DocumentVersion probe = this.versions.findById(versionId)
			.filter(v -> v.getKabupatenId().equals(actor.kabupatenId()))
			.orElseThrow(CaseworkException.NotFound::new);
		CaseDocument document = this.documents.findById(probe.getDocumentId()).orElseThrow();
		CaseFile c = lockVisible(actor, document.getCaseId());
		c.ensureRunning();
		// read again under the case lock
		DocumentVersion version = this.versions.findById(versionId).orElseThrow();
		return new Located(c, version, document.getTitle());
	}

	private CaseFile lockVisible(Actor actor, Long caseId) {
		return this.cases.lockById(caseId)
			.filter(x -> this.access.canView(actor, x))
			.orElseThrow(CaseworkException.NotFound::new);
	}

	private Task currentTask(CaseFile c) {
		return this.tasks.findFirstByCaseIdAndStatus(c.getId(), TaskStatus.OPEN).orElse(null);
	}

	/** Keeps the original name readable but harmless: no path, no control characters. */
	static String safeFileName(String original, FileType type) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "dokumen." + type.name().toLowerCase();
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
