package id.alurkerja.sop;

/** A line of the SOP catalogue. */
public record SopSummary(String code, String name, String unitName, String nomorSop, int revision,
		String tanggalEfektif, SopForm form) {
}
