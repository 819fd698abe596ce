/**
 * SOP templates: each SOP of a unit with its numbered revisions, the identity block,
 * lanes, steps with their mutu baku, and the official document rendered from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SOP",
		allowedDependencies = { "adminlog", "org", "pdf", "shared" })
package id.alurkerja.sop;
