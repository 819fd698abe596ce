package id.alurkerja.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 inside the application when no external database is
 * configured, so that {@code ./mvnw spring-boot:run} needs nothing but a JDK. The data
 * directory is kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "alur";

	/**
	 * Stopped by Spring's {@code close} callback, not by zonky's own shutdown hook, which
	 * would race the connection pool during shutdown.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${alur.database.data-dir:./data/postgres}") Path dataDir,
			@Value("${alur.database.port:0}") int port) throws IOException {
		Files.createDirectories(dataDir);
		EmbeddedPostgres postgres;
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8");
			if (port > 0) {
				builder.setPort(port);
			}
			postgres = builder.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("""
					The embedded PostgreSQL did not start (%s).
					If you run as root on a machine without user namespaces, PostgreSQL refuses to start:
					run Alur as a non-root user, or point it at a PostgreSQL server with
					SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.
					Data directory: %s""".formatted(ex.getMessage(), dataDir.toAbsolutePath()), ex);
		}
		createDatabaseIfMissing(postgres);
		log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dataDir.toAbsolutePath());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", DATABASE);
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

}
