package id.alurkerja.tte;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.alurkerja.org.DemoDataCondition;
import id.alurkerja.org.OrgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and keeps the signed files: stamps a copy of the signed version's PDF (number,
 * date, QR code to its verification page, the line that it was signed electronically with
 * the signer's name, position and NIP, inside the kop's stamp box), has the configured
 * {@link Signer} sign it, and stores what the verification page may show. Which signer:
 * {@code ALUR_TTE_SIGNER} ({@code local}, the default, or {@code remote} with
 * {@code ALUR_TTE_REMOTE_URL}).
 */
@Service
@Transactional
public class SignedDocuments {

	private static final Logger log = LoggerFactory.getLogger(SignedDocuments.class);

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private static final String COLUMNS = """
			id, source_version_id, code, file_name, size_bytes, sha256, nomor, title, signed_at, signer_name,
			signer_position, signer_nip, office, certificate_subject, certificate_sha256, demo_certificate, signer_kind
			""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MessageSource messages;

	private final OrgDirectory directory;

	private final Signer signer;

	private final boolean configured;

	private final String publicUrl;

	private final boolean demoMode;

	private final DemoCertificates demoCertificates;

	private final SecureRandom random = new SecureRandom();

	SignedDocuments(JdbcTemplate jdbc, Clock clock, MessageSource messages, OrgDirectory directory,
			Environment environment, @Value("${alur.tte.signer:local}") String signerKind,
			@Value("${alur.tte.pkcs12.path:}") String pkcs12Path,
			@Value("${alur.tte.pkcs12.password:}") String pkcs12Password,
			@Value("${alur.tte.remote.url:}") String remoteUrl,
			@Value("${alur.tte.remote.timeout:30s}") Duration remoteTimeout,
			@Value("${alur.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
		this.directory = directory;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.demoMode = DemoDataCondition.demoEnabled(environment);
		this.demoCertificates = new DemoCertificates(jdbc, clock);
		if ("remote".equalsIgnoreCase(signerKind.strip())) {
			if (remoteUrl.isBlank()) {
				throw new IllegalStateException("ALUR_TTE_SIGNER=remote needs ALUR_TTE_REMOTE_URL");
			}
			this.signer = new RemoteSigner(URI.create(remoteUrl.strip()), remoteTimeout);
			this.configured = true;
		}
		else {
			LocalSigner local = new LocalSigner(pkcs12Path, pkcs12Password, this.demoMode, this.demoCertificates,
					directory);
			this.signer = local;
			this.configured = local.configured();
		}
	}

	/** Demo mode: each kabupaten's demo certificate is there from the first start on. */
	@EventListener(ApplicationReadyEvent.class)
	void demoCertificatesAtFirstStart() {
		if (this.configured && this.signer.kind() == Signer.Kind.LOCAL && this.signer.demo(null)) {
			this.directory.kabupatens().forEach(this.demoCertificates::forKabupaten);
		}
	}

	/**
	 * Whether signatures make signed files: a key or a signing service is configured (or
	 * demo mode). Without one a signature is recorded in Alur only, as before.
	 */
	public boolean enabled() {
		return this.configured;
	}

	/** Whether the signer types an NIK and passphrase at signing (a remote signer). */
	public boolean asksPassphrase() {
		return this.configured && this.signer.asksPassphrase();
	}

	/** Whether the kabupaten signs with a demo certificate. */
	public boolean demo(Long kabupatenId) {
		return this.configured && this.signer.demo(kabupatenId);
	}

	/**
	 * Makes the signed file of a signed version: a new, final file beside the original.
	 * @throws Signer.Refused when the signer signed nothing (the caller's transaction
	 * rolls back, so the signature and its number are not taken either)
	 */
	public SignedFile seal(SealRequest request) {
		String code = code();
		String url = verificationUrl(code);
		var kabupaten = this.directory.kabupaten(request.kabupatenId()).orElseThrow();
		boolean demo = this.signer.demo(request.kabupatenId());
		List<String> lines = new ArrayList<>();
		lines.add(text("tte.stamp.nomor", request.nomor()));
		lines.add(text("tte.stamp.tanggal", DATE.format(request.signedAt().atZone(this.clock.getZone()))));
		lines.add(text("tte.stamp.signedElectronically"));
		lines.add(request.signerName());
		lines.add(request.signerPosition());
		if (request.signerNip() != null && !request.signerNip().isBlank()) {
			lines.add(text("tte.stamp.nip", request.signerNip().strip()));
		}
		lines.add(text("tte.stamp.verify", url));
		if (demo) {
			lines.add(text("tte.stamp.demo"));
		}
		String heading = request.kop().lines().isEmpty() ? null : request.kop().lines().get(0);
		byte[] stamped = StampedPdf.stamp(request.pdf(), new StampedPdf.Stamp(heading, lines, url, request.kop()));
		Signer.Signed signed;
		try {
			signed = this.signer.sign(stamped,
					new Signer.Signing(request.kabupatenId(), kabupaten.code(), request.signerName(),
							text("tte.signature.reason", request.nomor()), request.kop().office(), request.signedAt(),
							request.credentials()));
		}
		finally {
			if (request.credentials() != null) {
				request.credentials().forget();
			}
		}
		String sha256 = SignatureCheck.sha256(signed.pdf());
		String fileName = signedName(request.fileName());
		Long id = this.jdbc.queryForObject(
				"""
						insert into tte_signed_file (kabupaten_id, source_version_id, code, file_name, bytes, size_bytes, sha256,
						    nomor, title, signed_at, signer_name, signer_position, signer_nip, office, certificate_subject,
						    certificate_sha256, demo_certificate, signer_kind, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
						""",
				Long.class, request.kabupatenId(), request.sourceVersionId(), code, fileName, signed.pdf(),
				(long) signed.pdf().length, sha256, request.nomor(), request.title(),
				Timestamp.from(request.signedAt()), request.signerName(), request.signerPosition(), request.signerNip(),
				request.kop().office(), signed.certificateSubject(), signed.certificateSha256(), signed.demo(),
				this.signer.kind().name(), Timestamp.from(this.clock.instant()));
		log.info("signed file {} made for version {} ({})", id, request.sourceVersionId(), this.signer.kind());
		return new SignedFile(id, request.sourceVersionId(), code, fileName, signed.pdf().length, sha256,
				request.nomor(), request.title(), request.signedAt(), request.signerName(), request.signerPosition(),
				request.signerNip(), request.kop().office(), signed.certificateSubject(), signed.certificateSha256(),
				signed.demo(), this.signer.kind());
	}

	/**
	 * Refuses a file that cannot carry a signature (no PDF PDFBox can read, encrypted,
	 * without pages) before anything is signed.
	 * @throws Signer.Refused with {@link Signer.Reason#NOT_A_PDF}
	 */
	public void checkSignable(byte[] pdf) {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() == 0 || document.isEncrypted()) {
				throw new Signer.Refused(Signer.Reason.NOT_A_PDF, "no pages or encrypted");
			}
		}
		catch (java.io.IOException ex) {
			throw new Signer.Refused(Signer.Reason.NOT_A_PDF, ex.getMessage());
		}
	}

	/** The signed files of these versions of the kabupaten, by version id. */
	@Transactional(readOnly = true)
	public Map<Long, SignedFile> ofVersions(Long kabupatenId, Collection<Long> versionIds) {
		Map<Long, SignedFile> found = new HashMap<>();
		if (versionIds.isEmpty()) {
			return found;
		}
		this.jdbc.query(
				"select " + COLUMNS + " from tte_signed_file where kabupaten_id = ? and source_version_id = any (?)",
				(ResultSet rs) -> {
					SignedFile file = row(rs);
					found.put(file.sourceVersionId(), file);
				}, kabupatenId, versionIds.toArray(Long[]::new));
		return found;
	}

	/** The bytes of a version's signed file, for a caller that checked who asks. */
	@Transactional(readOnly = true)
	public Optional<byte[]> bytes(Long kabupatenId, Long versionId) {
		return this.jdbc
			.query("select bytes from tte_signed_file where kabupaten_id = ? and source_version_id = ?",
					(rs, n) -> rs.getBytes(1), kabupatenId, versionId)
			.stream()
			.findFirst();
	}

	/** A signed file by its verification code: what the public page shows. */
	@Transactional(readOnly = true)
	public Optional<SignedFile> byCode(String code) {
		if (code == null || !code.matches("[A-Z2-7]{26}")) {
			return Optional.empty();
		}
		return this.jdbc.query("select " + COLUMNS + " from tte_signed_file where code = ?", (rs, n) -> row(rs), code)
			.stream()
			.findFirst();
	}

	/** Whether the stored signed file still carries a valid signature over all of it. */
	@Transactional(readOnly = true)
	public SignatureCheck.Result check(SignedFile file) {
		byte[] bytes = this.jdbc.queryForObject("select bytes from tte_signed_file where id = ?", byte[].class,
				file.id());
		return SignatureCheck.check(bytes);
	}

	/**
	 * Whether a file a visitor holds is the very file signed: the same bytes (SHA-256)
	 * and a valid signature whose certificate is the one the file was signed with.
	 */
	public Match match(SignedFile file, byte[] uploaded) {
		String sha256 = SignatureCheck.sha256(uploaded);
		SignatureCheck.Result check = SignatureCheck.check(uploaded);
		boolean same = sha256.equals(file.sha256()) && check.valid()
				&& file.certificateSha256().equals(check.certificateSha256());
		return new Match(same, sha256, check.outcome());
	}

	public String verificationUrl(String code) {
		return this.publicUrl + "/verifikasi/" + code;
	}

	/** The answer to an uploaded file: the very file signed, or not (tidak cocok). */
	public record Match(boolean matches, String sha256, SignatureCheck.Outcome signature) {
	}

	private String code() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		StringBuilder out = new StringBuilder(26);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[(buffer << (5 - bits)) & 31]);
		}
		return out.toString();
	}

	static String signedName(String original) {
		String base = (original != null) ? original.replaceFirst("(?i)\\.pdf$", "") : "dokumen";
		return base + "-ttd.pdf";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, INDONESIAN);
	}

	private static SignedFile row(ResultSet rs) throws SQLException {
		return new SignedFile(rs.getLong("id"), rs.getLong("source_version_id"), rs.getString("code"),
				rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("nomor"),
				rs.getString("title"), rs.getTimestamp("signed_at").toInstant(), rs.getString("signer_name"),
				rs.getString("signer_position"), rs.getString("signer_nip"), rs.getString("office"),
				rs.getString("certificate_subject"), rs.getString("certificate_sha256"),
				rs.getBoolean("demo_certificate"), Signer.Kind.valueOf(rs.getString("signer_kind")));
	}

}
