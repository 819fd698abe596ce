package id.alurkerja.tte;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.alurkerja.org.KabupatenView;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo mode's self-signed certificate per kabupaten, made once and kept in PostgreSQL
 * so that every node signs with the same key: the first node to need it inserts it
 * ({@code on conflict do nothing}) and all read the row that won. Its subject says DEMO,
 * and every page that shows a signature made with it says so too.
 */
final class DemoCertificates {

	private static final String ALIAS = "alur-demo";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DemoCertificates(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	KeyMaterial forKabupaten(KabupatenView kabupaten) {
		return load(kabupaten.id()).orElseGet(() -> {
			make(kabupaten);
			return load(kabupaten.id()).orElseThrow();
		});
	}

	private Optional<KeyMaterial> load(Long kabupatenId) {
		List<KeyMaterial> found = this.jdbc.query(
				"select pkcs12, pkcs12_password from tte_demo_certificate where kabupaten_id = ?",
				(rs, n) -> KeyMaterial.fromPkcs12(rs.getBytes(1), rs.getString(2).toCharArray(), true), kabupatenId);
		return found.stream().findFirst();
	}

	private void make(KabupatenView kabupaten) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, this.random);
			KeyPair pair = generator.generateKeyPair();
			Instant now = this.clock.instant();
			var subject = new X500NameBuilder(BCStyle.INSTANCE)
				.addRDN(BCStyle.CN, "DEMO Alur - Pemerintah " + kabupaten.name())
				.addRDN(BCStyle.O, "Sertifikat demo Alur, bukan sertifikat elektronik yang sah")
				.addRDN(BCStyle.C, "ID")
				.build();
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, this.random).abs(),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			byte[] secret = new byte[18];
			this.random.nextBytes(secret);
			char[] password = HexFormat.of().formatHex(secret).toCharArray();
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] { certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			this.jdbc.update(
					"""
							insert into tte_demo_certificate (kabupaten_id, pkcs12, pkcs12_password, subject, sha256, created_at)
							values (?, ?, ?, ?, ?, ?) on conflict (kabupaten_id) do nothing
							""",
					kabupaten.id(), out.toByteArray(), new String(password),
					certificate.getSubjectX500Principal().getName(), SignatureCheck.sha256(certificate.getEncoded()),
					Timestamp.from(now));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("the demo certificate could not be made", ex);
		}
	}

	/** A private key and its certificate chain, read from PKCS#12. */
	record KeyMaterial(java.security.PrivateKey key, X509Certificate[] chain, boolean demo) {

		static KeyMaterial fromPkcs12(byte[] pkcs12, char[] password, boolean demo) {
			try {
				KeyStore store = KeyStore.getInstance("PKCS12");
				store.load(new ByteArrayInputStream(pkcs12), password);
				for (String alias : java.util.Collections.list(store.aliases())) {
					if (store.isKeyEntry(alias)) {
						var key = (java.security.PrivateKey) store.getKey(alias, password);
						java.security.cert.Certificate[] chain = store.getCertificateChain(alias);
						X509Certificate[] x509 = new X509Certificate[chain.length];
						for (int i = 0; i < chain.length; i++) {
							x509[i] = (X509Certificate) chain[i];
						}
						return new KeyMaterial(key, x509, demo);
					}
				}
				throw new IllegalStateException("the PKCS#12 file holds no private key");
			}
			catch (GeneralSecurityException | IOException ex) {
				throw new IllegalStateException("the PKCS#12 file could not be read: " + ex.getMessage(), ex);
			}
		}

	}

}
