package id.alurkerja.sop;

/** A line of the SOP catalogue; {@code unitId} is the unit that owns the SOP. */
public record SopSummary(String code, String name, String unitName, String nomorSop, int revision,
		String tanggalEfektif, SopForm form, Long unitId) {
}
