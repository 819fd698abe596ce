/**
 * Evaluasi penerapan SOP: each SOP measured against its own time standards, the
 * guideline's monitoring form, the heads' dashboard and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Laporan",
		allowedDependencies = { "calendar", "database", "org", "pdf", "sop" })
package id.alurkerja.reports;
