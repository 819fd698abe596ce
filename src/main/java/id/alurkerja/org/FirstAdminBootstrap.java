package id.alurkerja.org;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On an empty production database, creates the first admin from environment variables
 * ({@code ALUR_BOOTSTRAP_ADMIN_PASSWORD}, {@code ALUR_BOOTSTRAP_KABUPATEN}). There is no
 * default password: without the variable nobody can sign in, and the log says so.
 */
@Component
@Order(DemoOrganisation.ORDER + 1)
class FirstAdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final UserAccountRepository accounts;

	private final KabupatenRepository kabupatens;

	private final UnitRepository units;

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final String username;

	private final String password;

	private final String kabupatenName;

	FirstAdminBootstrap(UserAccountRepository accounts, KabupatenRepository kabupatens, UnitRepository units,
			PersonRepository people, PasswordEncoder passwordEncoder,
			@Value("${alur.bootstrap.admin-username:admin}") String username,
			@Value("${alur.bootstrap.admin-password:}") String password,
			@Value("${alur.bootstrap.kabupaten:}") String kabupatenName) {
		this.accounts = accounts;
		this.kabupatens = kabupatens;
		this.units = units;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.username = username;
		this.password = password;
		this.kabupatenName = kabupatenName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (!StringUtils.hasText(this.password) || !StringUtils.hasText(this.kabupatenName)) {
			log.warn("No accounts exist. Set ALUR_BOOTSTRAP_KABUPATEN and ALUR_BOOTSTRAP_ADMIN_PASSWORD "
					+ "(and optionally ALUR_BOOTSTRAP_ADMIN_USERNAME) to create the first admin.");
			return;
		}
		Kabupaten kabupaten = this.kabupatens.findByName(this.kabupatenName)
			.orElseGet(() -> this.kabupatens.save(new Kabupaten(this.kabupatenName, "KAB")));
		if (this.units.findByKabupatenIdOrderByName(kabupaten.getId()).isEmpty()) {
			this.units
				.save(new Unit(kabupaten.getId(), null, "Pemerintah " + this.kabupatenName, UnitKind.PEMDA, "KAB"));
		}
		Person person = this.people.save(new Person(kabupaten.getId(), "Administrator", null, null, null, null));
		this.accounts
			.save(new UserAccount(person.getId(), this.username, this.passwordEncoder.encode(this.password), true));
		log.info("First admin '{}' created for {}", this.username, this.kabupatenName);
	}

}
