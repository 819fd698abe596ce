/**
 * Administration's home: the {@code /admin} start page that leads to each module's own
 * admin pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrasi", allowedDependencies = {})
package id.alurkerja.admin;
