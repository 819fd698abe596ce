/**
 * Evaluasi penerapan SOP: each SOP measured against its own time standards, the
 * guideline's monitoring form, the heads' dashboard and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Laporan")
package id.alurkerja.reports;
