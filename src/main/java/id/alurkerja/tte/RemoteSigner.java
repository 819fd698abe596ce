package id.alurkerja.tte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A certification authority's signing service in the style of BSrE's: the prepared PDF is
 * sent over HTTPS with the signer's NIK and passphrase ({@code multipart/form-data}
 * fields {@code file}, {@code nik}, {@code passphrase}, {@code tampilan=invisible}: Alur
 * draws the stamp itself), and the signed PDF comes back. A refusal comes as JSON with an
 * {@code error} text and a {@code status_code}. The passphrase is sent once and never
 * stored or logged; what is logged of a refusal is its status only.
 */
final class RemoteSigner implements Signer {

	private static final Logger log = LoggerFactory.getLogger(RemoteSigner.class);

	private static final Pattern STATUS_CODE = Pattern.compile("\"status_code\"\\s*:\\s*\"?(\\d+)");

	private final URI url;

	private final HttpClient http;

	private final Duration timeout;

	RemoteSigner(URI url, Duration timeout) {
		this.url = url;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public Kind kind() {
		return Kind.REMOTE;
	}

	@Override
	public boolean demo(Long kabupatenId) {
		return false;
	}

	@Override
	public Signed sign(byte[] preparedPdf, Signing signing) {
		Credentials credentials = signing.credentials();
		if (credentials == null || !credentials.given()) {
			throw new Refused(Reason.CREDENTIALS_MISSING, null);
		}
		String boundary = "alur-" + UUID.randomUUID();
		byte[] body = body(boundary, preparedPdf, credentials);
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(HttpRequest.newBuilder(this.url)
				.timeout(this.timeout)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/pdf, application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			log.warn("signing service {} did not answer: {}", this.url, ex.getClass().getSimpleName());
			throw new Refused(Reason.UNAVAILABLE, ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused(Reason.UNAVAILABLE, "interrupted");
		}
		finally {
			Arrays.fill(body, (byte) 0);
		}
		String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
		if (response.statusCode() == 200 && type.startsWith("application/pdf")) {
			return checked(preparedPdf, response.body());
		}
		Reason reason = refusal(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
		log.info("signing service refused: HTTP {}, {}", response.statusCode(), reason);
		throw new Refused(reason, "HTTP " + response.statusCode());
	}

	/**
	 * The service's file is taken only when it is the file sent with a valid signature
	 * added over all of it (an incremental update: the stamp cannot have changed).
	 */
	private static Signed checked(byte[] prepared, byte[] signed) {
		SignatureCheck.Result check = SignatureCheck.check(signed);
		boolean extendsPrepared = signed.length > prepared.length
				&& Arrays.equals(signed, 0, prepared.length, prepared, 0, prepared.length);
		if (!check.valid() || !extendsPrepared) {
			log.warn("signing service returned a file that is not the prepared PDF signed: {}", check.outcome());
			throw new Refused(Reason.UNAVAILABLE, "returned file not signed over the prepared PDF");
		}
		return new Signed(signed, check.certificateSubject(), check.certificateSha256(), false);
	}

	/**
	 * BSrE's codes: 2031 a wrong passphrase, 2011 and 2021 an NIK without certificate.
	 */
	static Reason refusal(int status, String json) {
		Matcher code = STATUS_CODE.matcher(json);
		String statusCode = code.find() ? code.group(1) : "";
		String text = json.toLowerCase(Locale.ROOT);
		if ("2031".equals(statusCode) || text.contains("passphrase")) {
			return Reason.WRONG_PASSPHRASE;
		}
		if ("2011".equals(statusCode) || "2021".equals(statusCode) || text.contains("nik")) {
			return Reason.UNKNOWN_NIK;
		}
		return (status == 401) ? Reason.WRONG_PASSPHRASE : Reason.UNAVAILABLE;
	}

	private static byte[] body(String boundary, byte[] pdf, Credentials credentials) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
		field(out, boundary, "nik", credentials.nik().strip().getBytes(StandardCharsets.UTF_8));
		var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(credentials.passphrase()));
		byte[] passphrase = new byte[encoded.remaining()];
		encoded.get(passphrase);
		field(out, boundary, "passphrase", passphrase);
		Arrays.fill(passphrase, (byte) 0);
		field(out, boundary, "tampilan", "invisible".getBytes(StandardCharsets.UTF_8));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dokumen.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n");
		out.writeBytes(pdf);
		write(out, "\r\n--" + boundary + "--\r\n");
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String boundary, String name, byte[] value) {
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
		out.writeBytes(value);
		write(out, "\r\n");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
