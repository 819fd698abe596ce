/**
 * Casework: cases (berkas) moving through their SOP revision's steps as tasks, with
 * dispositions, delegation, documents, paraf, signature, numbering and time standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Berkas")
package id.alurkerja.casework;
