package id.alurkerja.org;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person's sign-in account. The password is stored only as a delegating-encoder hash.
 */
@Entity
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long personId;

	private String username;

	private String passwordHash;

	private boolean enabled = true;

	private boolean admin;

	private Long sopAdminUnitId;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(Long personId, String username, String passwordHash, boolean admin) {
		this.personId = personId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.admin = admin;
	}

	Long getId() {
		return this.id;
	}

	Long getPersonId() {
		return this.personId;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isAdmin() {
		return this.admin;
	}

	Long getSopAdminUnitId() {
		return this.sopAdminUnitId;
	}

	long getVersion() {
		return this.version;
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	void makeSopAdminOf(Long unitId) {
		this.sopAdminUnitId = unitId;
	}

}
