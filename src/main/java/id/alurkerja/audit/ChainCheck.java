package id.alurkerja.audit;

/**
 * The verdict on a case's hash chain.
 *
 * @param intact whether every event's hash and link match its content
 * @param events how many events were checked
 * @param firstBrokenSeq the first event whose hash or link does not match, or
 * {@code null}
 */
public record ChainCheck(boolean intact, int events, Integer firstBrokenSeq) {
}
