package id.alurkerja.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final PersonRepository people;

	AccountUserDetailsService(UserAccountRepository accounts, PersonRepository people) {
		this.accounts = accounts;
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		Person person = this.people.findById(account.getPersonId()).orElseThrow();
		return new AlurUser(account.getId(), person.getId(), person.getKabupatenId(), account.getUsername(),
				person.getName(), account.isAdmin(), account.isEnabled(), account.getPasswordHash(),
				account.getSopAdminUnitId());
	}

}
