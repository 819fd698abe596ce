/**
 * Small types every feature module may use and that depend on nothing: the refused-input
 * exception the admin forms share, and the typed ids that cross module lines (CaseId,
 * TaskId, PersonId, PositionId).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bersama", allowedDependencies = {})
package id.alurkerja.shared;
