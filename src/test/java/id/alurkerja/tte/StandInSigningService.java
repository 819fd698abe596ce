package id.alurkerja.tte;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A stand-in for a certification authority's signing service, answering as BSrE's
 * documents it: {@code POST /api/sign/pdf} with {@code multipart/form-data} fields
 * {@code nik}, {@code passphrase}, {@code tampilan} and {@code file}; the signed PDF with
 * {@code application/pdf}, or a JSON refusal ({@code status_code} 2031 for a wrong
 * passphrase, 2011 for an NIK without certificate). It signs with a personal certificate
 * of its own.
 */
public final class StandInSigningService implements AutoCloseable {

	public static final String NIK = "6103011204780001";

	public static final String PASSPHRASE = "Rahasia#2026";

	private final HttpServer server;

	private final KeyPair keys;

	private final X509Certificate certificate;

	private final AtomicInteger signed = new AtomicInteger();

	private volatile String lastPassphrase;

	public StandInSigningService() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.keys = generator.generateKeyPair();
		X500Name subject = new X500Name("CN=Maria Lince Tamba, O=Balai Sertifikasi Elektronik (uji), C=ID");
		this.certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
				java.math.BigInteger.valueOf(42), java.util.Date.from(Instant.now().minusSeconds(86400)),
				java.util.Date.from(Instant.now().plusSeconds(86400 * 365)), subject, this.keys.getPublic())
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.keys.getPrivate())));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/sign/pdf", this::sign);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/sign/pdf";
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	/** How many files it signed. */
	public int signedCount() {
		return this.signed.get();
	}

	/** The passphrase of the last request (to show it arrived, and only here). */
	public String lastPassphrase() {
		return this.lastPassphrase;
	}

	private void sign(HttpExchange exchange) throws IOException {
		try (exchange) {
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.contains("boundary=")) {
				answer(exchange, 400, "application/json", "{\"status_code\":400,\"error\":\"Bad request\"}");
				return;
			}
			Map<String, byte[]> parts = parts(exchange.getRequestBody().readAllBytes(),
					type.substring(type.indexOf("boundary=") + 9));
			String nik = text(parts.get("nik"));
			String passphrase = text(parts.get("passphrase"));
			this.lastPassphrase = passphrase;
			if (!NIK.equals(nik)) {
				answer(exchange, 400, "application/json",
						"{\"status_code\":2011,\"error\":\"Pengguna tidak memiliki sertifikat\"}");
				return;
			}
			if (!PASSPHRASE.equals(passphrase)) {
				answer(exchange, 400, "application/json", "{\"status_code\":2031,\"error\":\"Passphrase anda salah\"}");
				return;
			}
			byte[] pdf = Pades.sign(parts.get("file"), this.keys.getPrivate(),
					new X509Certificate[] { this.certificate }, "Maria Lince Tamba", "Tanda tangan elektronik",
					"Sanggau", Instant.now());
			this.signed.incrementAndGet();
			exchange.getResponseHeaders().add("Content-Type", "application/pdf");
			exchange.sendResponseHeaders(200, pdf.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(pdf);
			}
		}
	}

	private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * multipart/form-data, read byte for byte (ISO-8859-1 maps each byte to one char).
	 */
	static Map<String, byte[]> parts(byte[] body, String boundary) {
		String all = new String(body, StandardCharsets.ISO_8859_1);
		Map<String, byte[]> parts = new HashMap<>();
		for (String part : all.split("--" + java.util.regex.Pattern.quote(boundary))) {
			int headersEnd = part.indexOf("\r\n\r\n");
			if (headersEnd < 0) {
				continue;
			}
			String headers = part.substring(0, headersEnd);
			java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
			if (!name.find()) {
				continue;
			}
			String content = part.substring(headersEnd + 4);
			if (content.endsWith("\r\n")) {
				content = content.substring(0, content.length() - 2);
			}
			parts.put(name.group(1), content.getBytes(StandardCharsets.ISO_8859_1));
		}
		return parts;
	}

	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
