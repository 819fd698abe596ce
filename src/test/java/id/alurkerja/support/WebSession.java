package id.alurkerja.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like HTTP session against the running application: keeps cookies, reads the
 * CSRF token from forms, does not follow redirects so that tests see them.
 */
public final class WebSession {

	/** What a browser sends: HTML first, anything else accepted. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies;

	private final HttpClient client;

	/** The page the requests come from (the Referer a browser sends), or null. */
	private final String page;

	public WebSession(int port) {
		this(port, new CookieManager());
	}

	private WebSession(int port, CookieManager cookies) {
		this("http://localhost:" + port, cookies,
				HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(),
				null);
	}

	private WebSession(String base, CookieManager cookies, HttpClient client, String page) {
		this.base = base;
		this.cookies = cookies;
		this.client = client;
		this.page = page;
	}

	/**
	 * The same browser sending from a page of the site: its requests carry that page as
	 * the Referer, as a browser's form does.
	 */
	public WebSession from(String page) {
		return new WebSession(this.base, this.cookies, this.client, this.base + page);
	}

	/**
	 * The same browser (same cookies) talking to another server on this machine: another
	 * node of Alur behind a proxy without sticky sessions.
	 */
	public WebSession at(int port) {
		return new WebSession(port, this.cookies);
	}

	/** The value of a cookie this session holds, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** A session signed in as a demo account (every demo account has one password). */
	public static WebSession signedIn(int port, String username) {
		WebSession session = new WebSession(port);
		session.login(username, "alurdemo");
		return session;
	}

	/** The fields plus the CSRF token of a page the user has open. */
	public Map<String, String> form(String page, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(page));
		return all;
	}

	/** The CSRF token of the first form of a page. */
	public String csrf(String path) {
		return Jsoup.parse(get(path).body()).select("input[name=_csrf]").attr("value");
	}

	/** A multipart form (an upload) with one file, sent as a browser sends it. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		String boundary = "----alur" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Any method on any path, e.g. TRACE. */
	public HttpResponse<String> request(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", ACCEPT)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/** Signs in through the real login form; answers the login POST's response. */
	public HttpResponse<String> login(String username, String password) {
		Document form = Jsoup.parse(get("/login").body());
		String csrf = form.select("input[name=_csrf]").attr("value");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		fields.put("_csrf", csrf);
		return post("/login", fields);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", ACCEPT).GET().build());
	}

	/** A GET whose answer is a file (a PDF): its bytes as sent. */
	public HttpResponse<byte[]> getBytes(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).GET().build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (this.page != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("Referer", this.page).build();
		}
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
