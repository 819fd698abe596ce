/**
 * The web shell: sign-in and security, the layout, languages and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "org" })
package id.alurkerja.web;
