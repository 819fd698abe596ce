/**
 * The organisation of each kabupaten: units, positions and their superiors, people,
 * accounts, and who holds (or acts in) which position.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi",
		allowedDependencies = { "adminlog", "database", "shared" })
package id.alurkerja.org;
