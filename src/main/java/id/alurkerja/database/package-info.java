/**
 * Where Alur's PostgreSQL comes from: an embedded server for the zero-setup run,
 * otherwise the server named by {@code SPRING_DATASOURCE_URL}; and what a module needs to
 * load its own tables in bulk ({@code COPY}, ids, indexes, triggers).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package id.alurkerja.database;
