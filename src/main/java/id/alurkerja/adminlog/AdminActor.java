package id.alurkerja.adminlog;

/**
 * Who made an admin change: the account and the kabupaten the change belongs to. Plain
 * values so that this module needs no other module.
 */
public record AdminActor(Long kabupatenId, Long accountId, String username) {
}
