package id.alurkerja.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One branch of a disposisi the reader sent, as their Disposisi keluar list shows it: to
 * whom, with which instructions, and where it stands.
 *
 * @param required whether the step waits for it (false: a tembusan)
 */
public record SentDisposisi(Long delegationId, Long caseId, String registrationNo, String perihal, String stepNo,
		String stepTitle, String toPosition, String toPerson, List<String> instructions, String arahan, Sifat sifat,
		LocalDate deadline, Instant sentAt, boolean required, State state, Instant readAt, Instant reportedAt,
		String report) {

	/** Where a branch stands, as its sender sees it. */
	public enum State {

		BELUM_DIBACA, DIBACA, DITINDAKLANJUTI, DILAPORKAN, DITARIK, SELESAI

	}

	/** Its sender may take it back while its recipient has not read it. */
	public boolean recallable() {
		return this.state == State.BELUM_DIBACA;
	}

}
