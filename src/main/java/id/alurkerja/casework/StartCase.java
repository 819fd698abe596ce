package id.alurkerja.casework;

import java.time.LocalDate;

/**
 * What registering a case needs: the SOP to run and the letter or request it starts from.
 */
public record StartCase(String sopCode, String perihal, String suratDari, String nomorSurat, LocalDate tanggalSurat,
		LocalDate receivedOn, Sifat sifat) {
}
