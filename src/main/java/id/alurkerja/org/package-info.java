/**
 * The organisation of each kabupaten: units, positions and their superiors, people,
 * accounts, and who holds (or acts in) which position.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi")
package id.alurkerja.org;
