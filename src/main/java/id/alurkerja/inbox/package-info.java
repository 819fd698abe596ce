/**
 * The kotak masuk: each person's work queue over their own and acting positions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kotak Masuk",
		allowedDependencies = { "casework", "org", "sop" })
package id.alurkerja.inbox;
