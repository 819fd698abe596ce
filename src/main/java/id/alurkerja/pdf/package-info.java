/**
 * Printing: the app's HTML pages as PDF documents with embedded fonts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cetak PDF", allowedDependencies = {})
package id.alurkerja.pdf;
