package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.UUID;

/** Handing the current step down to a subordinate position (or a named person in it). */
public record Delegate(Long toPositionId, Long toPersonId, String arahan, Sifat sifat, LocalDate deadline, UUID token) {
}
