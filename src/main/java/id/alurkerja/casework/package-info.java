/**
 * Casework: cases (berkas) moving through their SOP revision's steps as tasks, with
 * dispositions, delegation, documents, paraf, signature, letter numbering and its
 * settings ({@code numbering}), and time standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Berkas",
		allowedDependencies = { "adminlog", "audit", "calendar", "database", "org", "pdf", "shared", "sop", "tte" })
package id.alurkerja.casework;
