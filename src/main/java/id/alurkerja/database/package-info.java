/**
 * Where Alur's PostgreSQL comes from: an embedded server for the zero-setup run,
 * otherwise the server named by {@code SPRING_DATASOURCE_URL}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package id.alurkerja.database;
