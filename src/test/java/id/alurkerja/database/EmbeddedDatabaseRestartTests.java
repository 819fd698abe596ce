package id.alurkerja.database;

import java.nio.file.Path;

import id.alurkerja.AlurApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup run: no datasource configured, so Alur starts its own PostgreSQL on a
 * data directory that survives a restart, and loads the demo data only once.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartOfTheApplication() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'kadis.sanggau'",
					Integer.class))
				.isEqualTo(1);
			jdbc.update("insert into person (kabupaten_id, name) select id, 'Penanda Restart' from kabupaten "
					+ "where name = 'Kabupaten Lamandau'");
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from person where name = 'Penanda Restart'", Integer.class))
				.isEqualTo(1);
			// the demo data was not loaded a second time
			assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'kadis.sanggau'",
					Integer.class))
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments: they outrank application.properties, which names ./data
		return new SpringApplicationBuilder(AlurApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--alur.database.data-dir=" + this.dataDir.resolve("postgres"),
					"--spring.datasource.url=", "--alur.demo=");
	}

}
