/**
 * Simulation: a deterministic history generator and the benchmark, for demo data and
 * measurements. It loads through each owner's bulk API ({@code CaseBulkLoad},
 * {@code HistoryBulkLoad}, {@code MeasureBulkLoad}) and writes no other module's table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulasi", allowedDependencies = { "calendar", "org",
		"sop", "casework", "audit", "reports", "reports :: evaluation", "database" })
package id.alurkerja.simulation;
