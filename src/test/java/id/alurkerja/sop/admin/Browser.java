package id.alurkerja.sop.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import id.alurkerja.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills and submits the forms of a page as a browser without JavaScript would: every
 * named field with its current value, the clicked button's name and value, the given
 * changes on top.
 */
final class Browser {

	final WebSession session;

	Browser(int port, String username) {
		this.session = new WebSession(port);
		this.session.login(username, "alurdemo");
	}

	Document page(String path) {
		HttpResponse<String> response = this.session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Submits the first form on {@code path} matching {@code selector}. */
	HttpResponse<String> submit(String path, String selector, Map<String, String> changes) {
		return submit(page(path), selector, changes);
	}

	HttpResponse<String> submit(Document page, String selector, Map<String, String> changes) {
		Element form = page.selectFirst(selector);
		assertThat(form).as("form " + selector).isNotNull();
		Map<String, String> fields = fields(form);
		fields.putAll(changes);
		return this.session.post(form.attr("action"), fields);
	}

	/**
	 * Types into fields of the page and presses a button, as a browser does: the button
	 * submits its form owner (its {@code form} attribute, else the form around it) with
	 * every field that form owns, wherever it stands on the page, typed text included.
	 */
	HttpResponse<String> press(Document page, String button, Map<String, String> typed) {
		typed.forEach((selector, value) -> {
			Element field = page.selectFirst(selector);
			assertThat(field).as("field " + selector).isNotNull();
			if (field.tagName().equals("textarea")) {
				field.text(value);
			}
			else if (field.tagName().equals("select")) {
				field.select("option").forEach(o -> o.removeAttr("selected"));
				Element option = field.selectFirst("option[value=\"" + value + "\"]");
				assertThat(option).as(selector + " offers " + value).isNotNull();
				option.attr("selected", "selected");
			}
			else {
				field.attr("value", value);
			}
		});
		Element pressed = page.selectFirst(button);
		assertThat(pressed).as("button " + button).isNotNull();
		Element form = pressed.hasAttr("form") ? page.getElementById(pressed.attr("form")) : pressed.closest("form");
		assertThat(form).as("the form of " + button).isNotNull();
		Element owned = form.clone();
		if (!form.id().isEmpty()) {
			page.select("[form=" + form.id() + "]")
				.stream()
				.filter(e -> !e.tagName().equals("button"))
				.forEach(e -> owned.appendChild(e.clone()));
		}
		// fields inside the form that belong to another form do not go with it
		owned.select("[form]").stream().filter(e -> !e.attr("form").equals(form.id())).forEach(Element::remove);
		Map<String, String> fields = fields(owned);
		if (pressed.hasAttr("name")) {
			fields.put(pressed.attr("name"), pressed.attr("value"));
		}
		return this.session.post(pressed.hasAttr("formaction") ? pressed.attr("formaction") : form.attr("action"),
				fields);
	}

	static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name]")) {
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			if (type.equals("checkbox") && input.attr("value").isEmpty()) {
				fields.put(input.attr("name"), "on");
				continue;
			}
			if (type.equals("checkbox") && fields.containsKey(input.attr("name"))) {
				// several ticked boxes of one name: Spring binds "a,b" to a list as it
				// binds a=..&a=..
				fields.merge(input.attr("name"), input.attr("value"), (a, b) -> a + "," + b);
				continue;
			}
			fields.put(input.attr("name"), input.attr("value"));
		}
		for (Element area : form.select("textarea[name]")) {
			fields.put(area.attr("name"), area.val());
		}
		for (Element select : form.select("select[name]")) {
			Element selected = select.selectFirst("option[selected]");
			if (selected == null) {
				selected = select.selectFirst("option");
			}
			fields.put(select.attr("name"), (selected != null) ? selected.attr("value") : "");
		}
		return fields;
	}

	static String location(HttpResponse<?> response) {
		return WebSession.location(response);
	}

}
