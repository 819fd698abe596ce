package id.alurkerja.org;

/** The kinds of unit found in a kabupaten's organisation. */
public enum UnitKind {

	PEMDA, SEKRETARIAT_DAERAH, DINAS, BAGIAN, BIDANG, SEKSI, KECAMATAN, DESA

}
