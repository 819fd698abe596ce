package id.alurkerja.tte;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.alurkerja.org.OrgDirectory;

/**
 * Alur signs with the kabupaten's own key: a PKCS#12 file given by configuration
 * ({@code ALUR_TTE_PKCS12_PATH}, where {@code {kabupaten}} stands for the kabupaten's
 * code, and {@code ALUR_TTE_PKCS12_PASSWORD}); without one, in demo mode, the kabupaten's
 * demo certificate.
 */
final class LocalSigner implements Signer {

	private final String pathPattern;

	private final char[] password;

	private final boolean demoMode;

	private final DemoCertificates demo;

	private final OrgDirectory directory;

	LocalSigner(String pathPattern, String password, boolean demoMode, DemoCertificates demo, OrgDirectory directory) {
		this.pathPattern = (pathPattern != null && !pathPattern.isBlank()) ? pathPattern.strip() : null;
		this.password = (password != null) ? password.toCharArray() : new char[0];
		this.demoMode = demoMode;
		this.demo = demo;
		this.directory = directory;
	}

	@Override
	public Kind kind() {
		return Kind.LOCAL;
	}

	/** Whether a key is there for the kabupaten's signatures. */
	boolean configured() {
		return this.pathPattern != null || this.demoMode;
	}

	@Override
	public boolean demo(Long kabupatenId) {
		return this.pathPattern == null && this.demoMode;
	}

	@Override
	public Signed sign(byte[] preparedPdf, Signing signing) {
		DemoCertificates.KeyMaterial key = key(signing.kabupatenId());
		byte[] signed = Pades.sign(preparedPdf, key.key(), key.chain(), signing.signerName(), signing.reason(),
				signing.location(), signing.at());
		return Signed.of(signed, key.chain()[0], key.demo());
	}

	DemoCertificates.KeyMaterial key(Long kabupatenId) {
		var kabupaten = this.directory.kabupaten(kabupatenId).orElseThrow();
		if (this.pathPattern != null) {
			Path path = Path.of(this.pathPattern.replace("{kabupaten}", kabupaten.code()));
			try {
				return DemoCertificates.KeyMaterial.fromPkcs12(Files.readAllBytes(path), this.password, false);
			}
			catch (IOException | IllegalStateException ex) {
				throw new Refused(Reason.NOT_CONFIGURED, "PKCS#12 of " + kabupaten.code() + " at " + path);
			}
		}
		if (!this.demoMode) {
			throw new Refused(Reason.NOT_CONFIGURED, null);
		}
		return this.demo.forKabupaten(kabupaten);
	}

}
