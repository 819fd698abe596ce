/**
 * Small types every feature module may use and that depend on nothing: the refused-input
 * exception the admin forms share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bersama", allowedDependencies = {})
package id.alurkerja.shared;
