package id.alurkerja.tte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A PAdES baseline signature (ETSI.CAdES.detached) with PDFBox and BouncyCastle: an
 * incremental update that adds the signature dictionary, whose byte range covers the
 * whole file but the signature itself; the CMS carries the signing certificate
 * (signing-certificate-v2) and no signing-time attribute, as PAdES asks (the time is the
 * dictionary's M entry). Used by the local signer, and by the tests' stand-in of a
 * certification authority.
 */
final class Pades {

	private Pades() {
	}

	static byte[] sign(byte[] pdf, PrivateKey key, X509Certificate[] chain, String name, String reason, String location,
			Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(name);
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, options);
				ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
				external.setSignature(cms(external.getContent(), key, chain));
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new Signer.Refused(Signer.Reason.NOT_A_PDF, ex.getMessage());
		}
	}

	static byte[] cms(InputStream content, PrivateKey key, X509Certificate[] chain) throws IOException {
		try {
			X509CertificateHolder certificate = new JcaX509CertificateHolder(chain[0]);
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
					MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()), new IssuerSerial(
							new GeneralNames(new GeneralName(certificate.getIssuer())), certificate.getSerialNumber()));
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			CMSAttributeTableGenerator signed = new WithoutSigningTime(new AttributeTable(attributes));
			String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(signed)
						.build(new JcaContentSignerBuilder(algorithm).build(key), chain[0]));
			generator.addCertificates(new JcaCertStore(List.of(chain)));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IllegalStateException("the CMS signature could not be made", ex);
		}
	}

	/** The standard signed attributes less signing-time (PAdES baseline B). */
	private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

		WithoutSigningTime(AttributeTable attributes) {
			super(attributes);
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		protected java.util.Hashtable createStandardAttributeTable(Map parameters) {
			java.util.Hashtable table = super.createStandardAttributeTable(parameters);
			table.remove(CMSAttributes.signingTime);
			return table;
		}

	}

}
