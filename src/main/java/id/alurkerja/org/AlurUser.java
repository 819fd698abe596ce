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

	private String passwordHash;

	public AlurUser(Long accountId, Long personId, Long kabupatenId, String username, String displayName, boolean admin,
			boolean enabled, String passwordHash) {
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

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
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
