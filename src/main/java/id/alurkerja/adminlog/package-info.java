/**
 * The admin audit log: every change an administrator makes (SOPs, organisation, calendar,
 * numbering), with who, what, when, and the value before and after, per kabupaten.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Log Admin", allowedDependencies = {})
package id.alurkerja.adminlog;
