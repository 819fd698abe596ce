package id.alurkerja.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Bahasa Indonesia and in English, and every key a template uses
 * exists.
 */
class I18nPropertiesSyncTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		Resource[] bases = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
		int checked = 0;
		for (Resource base : bases) {
			String name = base.getFilename();
			if (name.contains("_")) {
				continue;
			}
			Resource english = base.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as("English bundle for " + name).isTrue();
			Set<String> id = load(base).stringPropertyNames();
			Set<String> en = load(english).stringPropertyNames();
			assertThat(en).as("keys of " + name + " missing in English").containsAll(id);
			assertThat(id).as("keys of " + name + " missing in Indonesian").containsAll(en);
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			keys.addAll(load(r).stringPropertyNames());
		}
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
