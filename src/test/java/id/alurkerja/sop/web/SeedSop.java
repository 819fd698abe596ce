package id.alurkerja.sop.web;

import java.util.List;

/** The four seed SOPs and a user of the kabupaten each belongs to. */
enum SeedSop {

	KERJASAMA_ANTAR_DESA("DPMPEMDES-CTADES-01", "Kabupaten Sanggau", "kadis.sanggau"),
	PERJANJIAN_KINERJA("DPMPEMDES-PK-01", "Kabupaten Sanggau", "kadis.sanggau"),
	KSAD("LMD-KSAD-01", "Kabupaten Lamandau", "sekda.lamandau"),
	PPMD_NARRATIVE("BTM-PPMD-01", "Kabupaten Barito Timur", "camat.benualima");

	static final String PASSWORD = "alurdemo";

	final String code;

	final String kabupaten;

	final String reader;

	SeedSop(String code, String kabupaten, String reader) {
		this.code = code;
		this.kabupaten = kabupaten;
		this.reader = reader;
	}

	static List<SeedSop> all() {
		return List.of(values());
	}

	/** Whitespace collapsed, for comparing texts that wrap differently. */
	static String squash(String text) {
		return (text == null) ? "" : text.replaceAll("\\s+", " ").strip();
	}

	/** All whitespace removed: a PDF breaks lines wherever the column ends. */
	static String bare(String text) {
		return (text == null) ? "" : text.replaceAll("\\s+", "");
	}

}
