package id.alurkerja.org;

/**
 * An admin disabled a person's account: whatever was assigned to that person by name goes
 * back to the position's inbox (the casework module listens).
 */
public record AccountDisabled(Long kabupatenId, Long personId) {
}
