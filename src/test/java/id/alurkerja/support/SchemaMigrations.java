package id.alurkerja.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The app's Flyway migrations run in a schema of their own, for upgrade tests: migrate up
 * to an old version, write data as it was then, migrate the rest and look.
 */
public final class SchemaMigrations {

	private SchemaMigrations() {
	}

	/** Flyway over {@code schema}, up to {@code target} (null: every migration). */
	public static Flyway flyway(DataSource dataSource, String schema, String target) {
		var config = Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.createSchemas(true)
			.locations("classpath:db/migration");
		if (target != null) {
			config.target(target);
		}
		return config.load();
	}

}
