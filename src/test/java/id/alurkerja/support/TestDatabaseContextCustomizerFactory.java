package id.alurkerja.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the JVM's one {@link TestDatabase}, with demo data
 * (unless the test sets {@code alur.demo=false} in its properties), so no test class
 * starts a server of its own.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			TestDatabase.Connection db = TestDatabase.get();
			Map<String, Object> properties = new HashMap<>(
					Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
							"spring.datasource.password", (db.password() != null) ? db.password() : ""));
			// demo data unless the test says otherwise: a slice that boots only some
			// modules
			// must not load the demo, which every later context of the JVM would then
			// trust
			if (Arrays.stream(merged.getPropertySourceProperties()).noneMatch(p -> p.startsWith("alur.demo="))) {
				properties.put("alur.demo", "true");
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("alurTestDatabase", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
