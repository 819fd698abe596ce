package id.alurkerja.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * An error page that needs nothing but the message bundles: for what Tomcat answers
 * before Alur sees the request (an undecodable URL), and as the last resort when a
 * template cannot be rendered. Same header, styles and texts as the layout, without the
 * user's navigation.
 */
final class PlainErrorPage {

	private PlainErrorPage() {
	}

	/**
	 * @param code the message key part: {@code 400}, {@code 4xx}, {@code 5xx}...
	 */
	static String html(MessageSource messages, Locale locale, String code) {
		String title = text(messages, "error." + code + ".title", locale);
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s</title>
				  <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
				  <link rel="stylesheet" href="/css/alur.css">
				</head>
				<body>
				<header class="alur-header">
				  <nav class="navbar navbar-dark bg-alur"><div class="container-fluid">
				    <a class="navbar-brand fw-semibold" href="/inbox">Alur</a></div></nav>
				</header>
				<main id="main" class="container py-3">
				<section>
				  <h1 class="h3">%s</h1>
				  <p>%s</p>
				  <p><a href="/inbox">%s</a></p>
				</section>
				</main>
				<footer class="container py-3 small text-body-secondary border-top"><span>Alur</span></footer>
				</body>
				</html>
				""".formatted(locale.getLanguage(), title, title, text(messages, "error." + code + ".text", locale),
				text(messages, "error.back", locale));
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
	}

}
