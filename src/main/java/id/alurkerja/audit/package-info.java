/**
 * The case history: every action on a case as an append-only, hash-chained event, and the
 * check that a case's chain is intact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Riwayat", allowedDependencies = { "database", "shared" })
package id.alurkerja.audit;
