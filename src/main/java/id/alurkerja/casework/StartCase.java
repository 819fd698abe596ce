package id.alurkerja.casework;

import java.time.LocalDate;

/**
 * What registering a case needs: the SOP to run, the letter or request it starts from,
 * and the unit it comes from when the SOP's lanes depend on it (the desa of a kecamatan's
 * SOP).
 */
public record StartCase(String sopCode, String perihal, String suratDari, String nomorSurat, LocalDate tanggalSurat,
		LocalDate receivedOn, Sifat sifat, Long originUnitId) {

	public StartCase(String sopCode, String perihal, String suratDari, String nomorSurat, LocalDate tanggalSurat,
			LocalDate receivedOn, Sifat sifat) {
		this(sopCode, perihal, suratDari, nomorSurat, tanggalSurat, receivedOn, sifat, null);
	}

}
