package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the case list. */
public record CaseListItem(Long id, String registrationNo, String perihal, String suratDari, LocalDate receivedOn,
		Sifat sifat, CaseStatus status, String sopCode, String sopName, String currentStepNo, Instant startedAt,
		Instant endedAt) {
}
