package id.alurkerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM, shared by every test context: an external
 * server when {@code ALUR_TEST_DATABASE_URL} is set, else Testcontainers when a Docker
 * daemon answers, else the embedded server. Always a real PostgreSQL, never H2.
 */
public final class TestDatabase {

	public record Connection(String url, String username, String password, String kind) {
	}

	private static Connection connection;

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		String external = System.getenv("ALUR_TEST_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			return new Connection(external, System.getenv("ALUR_TEST_DATABASE_USERNAME"),
					System.getenv("ALUR_TEST_DATABASE_PASSWORD"), "external");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("alur-test-pg"))
				.setCleanDataDirectory(true)
				.setLocaleConfig("encoding", "UTF8")
				.start();
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
