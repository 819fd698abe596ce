package id.alurkerja.org;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A signed-in user confirms a deliberate act (a signature) by typing their password
 * again. Checked against the account's current hash, not the one the session was opened
 * with: a password changed meanwhile is the one asked for.
 */
@Component
public class PasswordCheck {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	PasswordCheck(UserAccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/**
	 * Whether the password is the current one of the user's account (enabled). Call it
	 * outside a transaction: the hash is compared (slow by design) after the connection
	 * that read it is given back.
	 */
	public boolean confirms(AlurUser user, String rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty()) {
			return false;
		}
		return this.accounts.findById(user.accountId())
			.filter(UserAccount::isEnabled)
			.map(account -> this.encoder.matches(rawPassword, account.getPasswordHash()))
			.orElse(false);
	}

}
