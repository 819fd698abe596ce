package id.alurkerja.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What someone typed into a form whose session had ended: kept in the database for an
 * hour under a random id in a cookie of their browser (the session after signing in is a
 * new one), and handed to the page the form was on once they have signed in again, as the
 * flash attributes {@link #FIELDS} and {@link #ACTION}, when the account that signs in is
 * the one that typed it ({@link #WHO}). The page decides which of the fields it puts
 * back; files, passwords and form tokens are never kept.
 */
@Component
class KeptForms {

	/** The typed fields, by name (first value only), as a {@code Map<String, String>}. */
	static final String FIELDS = "keptFields";

	/** Where the form was sent, e.g. {@code /cases/12/tasks/34/complete}. */
	static final String ACTION = "keptAction";

	static final String COOKIE = "ALUR_KEPT";

	/**
	 * The account this browser last signed in with: a kept form goes back to that account
	 * only. Not a secret: forging it only changes whose sign-in gets one's own text back.
	 */
	static final String WHO = "ALUR_WHO";

	private static final Duration REMEMBERED = Duration.ofDays(30);

	private static final Duration KEPT = Duration.ofHours(1);

	/** Fields that are no one's typing or must never be stored. */
	private static final Set<String> NEVER = Set.of("_csrf", "token", "version");

	/**
	 * The forms whose pages put the fields back (casework's new-case form and completion
	 * form); others are not kept, so the sign-in page never promises what will not come.
	 */
	private static final Pattern RESTORED = Pattern.compile("/cases|/cases/\\d+/tasks/\\d+/complete");

	/** A form beyond this is not kept (the longest of Alur's text fields is 4,000). */
	private static final int MAX_CHARS = 32_000;

	private final JdbcTemplate jdbc;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	KeptForms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the fields of a form posted with an ended session, when the page it came from
	 * is known (the browser's same-origin Referer).
	 */
	void keep(HttpServletRequest request, HttpServletResponse response) {
		String page = samePage(request);
		if (!"POST".equals(request.getMethod()) || page == null
				|| !RESTORED.matcher(request.getRequestURI()).matches()) {
			return;
		}
		String fields = request.getParameterMap()
			.entrySet()
			.stream()
			.filter(e -> !NEVER.contains(e.getKey()) && !e.getKey().toLowerCase().contains("password"))
			.filter(e -> e.getValue().length > 0 && !e.getValue()[0].isBlank())
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()[0]))
			.collect(Collectors.joining("&"));
		if (fields.isEmpty() || fields.length() > MAX_CHARS) {
			return;
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.update("delete from kept_form where kept_at < now() - make_interval(secs => ?)",
					KEPT.toSeconds());
			this.jdbc.update("insert into kept_form (id, action, page, fields, kept_for) values (?, ?, ?, ?, ?)", id,
					request.getRequestURI(), page, fields, cookieValue(request, WHO));
		}
		catch (DataAccessException ex) {
			// the database is away: the sign-in page (or the 503 page) comes all the same
			return;
		}
		response.addCookie(cookie(request, COOKIE, id.toString(), (int) KEPT.toSeconds()));
	}

	/**
	 * After signing in: the kept form, if this browser has one younger than an hour, goes
	 * to its page as flash attributes; answers that page, or empty. Used once.
	 */
	Optional<String> restore(HttpServletRequest request, HttpServletResponse response, String username) {
		response.addCookie(cookie(request, WHO, username, (int) REMEMBERED.toSeconds()));
		UUID id = keptId(request);
		if (id == null) {
			return Optional.empty();
		}
		response.addCookie(cookie(request, COOKIE, "", 0));
		// only for the account that typed it; another account's sign-in discards it
		Optional<Kept> kept = this.jdbc.query("""
				delete from kept_form where id = ? and kept_at >= now() - make_interval(secs => ?)
				returning action, page, fields, kept_for""",
				(rs, i) -> username.equals(rs.getString("kept_for"))
						? new Kept(rs.getString("action"), rs.getString("page"), decode(rs.getString("fields"))) : null,
				id, KEPT.toSeconds())
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
		kept.ifPresent(k -> {
			FlashMap attributes = new FlashMap();
			attributes.put(FIELDS, k.fields());
			attributes.put(ACTION, k.action());
			attributes.setTargetRequestPath(URI.create(k.page()).getPath());
			this.flash.saveOutputFlashMap(attributes, request, response);
		});
		return kept.map(Kept::page);
	}

	private record Kept(String action, String page, LinkedHashMap<String, String> fields) {
	}

	/** Whether this browser holds a kept form (for the sign-in page to say so). */
	boolean holds(HttpServletRequest request) {
		return keptId(request) != null;
	}

	private static UUID keptId(HttpServletRequest request) {
		String value = cookieValue(request, COOKIE);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String cookieValue(HttpServletRequest request, String name) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie c : request.getCookies()) {
			if (name.equals(c.getName()) && !c.getValue().isEmpty()) {
				return c.getValue();
			}
		}
		return null;
	}

	/**
	 * The path and query of the page the form was sent from, when it is this site's; a
	 * page elsewhere (or none) is never where a sign-in leads.
	 */
	private static String samePage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")
					|| uri.getRawPath().startsWith("/login")) {
				return null;
			}
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
		Cookie cookie = new Cookie(name, value);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** A LinkedHashMap: the session (in the database) keeps it serialized. */
	private static LinkedHashMap<String, String> decode(String fields) {
		LinkedHashMap<String, String> map = new LinkedHashMap<>();
		for (String pair : fields.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return map;
	}

}
