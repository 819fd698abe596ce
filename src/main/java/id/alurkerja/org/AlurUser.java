package id.alurkerja.org;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: an account of a person of one kabupaten. Every query that shows
 * data is scoped by {@link #kabupatenId()}.
 */
public final class AlurUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long accountId;

	private final Long personId;

	private final Long kabupatenId;

	private final String username;

	private final String displayName;

	private final boolean admin;

	private final boolean enabled;

	private final Long sopAdminUnitId;

	private String passwordHash;

	public AlurUser(Long accountId, Long personId, Long kabupatenId, String username, String displayName, boolean admin,
			boolean enabled, String passwordHash) {
		this(accountId, personId, kabupatenId, username, displayName, admin, enabled, passwordHash, null);
	}

	/**
	 * @param sopAdminUnitId the unit whose SOPs (and those of the units under it) this
	 * account may edit without being a kabupaten admin, or {@code null}
	 */
	public AlurUser(Long accountId, Long personId, Long kabupatenId, String username, String displayName, boolean admin,
			boolean enabled, String passwordHash, Long sopAdminUnitId) {
		this.sopAdminUnitId = sopAdminUnitId;
		this.accountId = accountId;
		this.personId = personId;
		this.kabupatenId = kabupatenId;
		this.username = username;
		this.displayName = displayName;
		this.admin = admin;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public Long accountId() {
		return this.accountId;
	}

	public Long personId() {
		return this.personId;
	}

	public Long kabupatenId() {
		return this.kabupatenId;
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean admin() {
		return this.admin;
	}

	/** The unit whose SOPs this account administers as a unit SOP admin, or null. */
	public Long sopAdminUnitId() {
		return this.sopAdminUnitId;
	}

	/**
	 * ROLE_ADMIN administers everything of the kabupaten; ROLE_SOP_ADMIN only the SOPs of
	 * one unit (see {@link #sopAdminUnitId()}).
	 */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (this.admin) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		if (this.sopAdminUnitId != null) {
			authorities.add(new SimpleGrantedAuthority("ROLE_SOP_ADMIN"));
		}
		return List.copyOf(authorities);
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AlurUser that && this.accountId.equals(that.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "AlurUser[" + this.username + "]";
	}

}
