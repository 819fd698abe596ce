package id.alurkerja.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disposisi: the current step handed down to one or several recipients (subordinate
 * positions, or named people in them), each a branch the step waits for unless it is a
 * tembusan (a copy for information); with the office's standard instructions ticked, a
 * catatan (arahan), sifat and tenggat.
 */
public record Delegate(List<Recipient> recipients, List<String> instructions, String arahan, Sifat sifat,
		LocalDate deadline, UUID token) {

	public Delegate {
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		instructions = (instructions != null) ? instructions.stream().filter(i -> i != null && !i.isBlank()).toList()
				: List.of();
	}

	/** To one position (or a named person in it), the branch required. */
	public Delegate(Long toPositionId, Long toPersonId, String arahan, Sifat sifat, LocalDate deadline, UUID token) {
		this((toPositionId != null) ? List.of(new Recipient(toPositionId, toPersonId, true)) : List.of(), List.of(),
				arahan, sifat, deadline, token);
	}

	/**
	 * One recipient of a disposisi.
	 *
	 * @param required whether the step waits for this branch's report; a tembusan does
	 * not
	 */
	public record Recipient(Long toPositionId, Long toPersonId, boolean required) {
	}

}
