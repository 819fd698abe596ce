package id.alurkerja.org;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoAccountsTests {

	static final List<String> POSITION_ACCOUNTS = List.of("bupati.sanggau", "camat.sanggau", "kades.sanggau",
			"kadis.sanggau", "sekretaris.sanggau", "kabid.kerjasama.sanggau", "kasi.kerjasama.sanggau",
			"staf.kerjasama.sanggau", "kabid.apd.sanggau", "kasi.keuangan.sanggau", "bupati.lamandau", "sekda.lamandau",
			"tkksd.lamandau", "pd.lamandau", "camat.benualima", "kasi.ppmd.benualima", "kades.benualima");

	static final List<String> ADMINS = List.of("admin.sanggau", "admin.lamandau", "admin.bartim");

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OrgDirectory directory;

	@Test
	void everyDemoAccountOfTheIssueExistsWithTheSharedPasswordHashed() {
		for (String username : concat()) {
			AlurUser user = (AlurUser) this.users.loadUserByUsername(username);
			assertThat(user.getPassword()).startsWith("{bcrypt}");
			assertThat(this.encoder.matches("alurdemo", user.getPassword())).as(username).isTrue();
		}
	}

	@Test
	void eachPositionAccountHoldsItsPositionAndAdminsAreAdmins() {
		for (String username : POSITION_ACCOUNTS) {
			AlurUser user = (AlurUser) this.users.loadUserByUsername(username);
			assertThat(this.directory.positionsHeldBy(user.personId(), LocalDate.now())).as(username).isNotEmpty();
			assertThat(user.admin()).isFalse();
		}
		for (String username : ADMINS) {
			assertThat(((AlurUser) this.users.loadUserByUsername(username)).admin()).isTrue();
		}
	}

	@Test
	void theDispositionChainOfSeed001FollowsSuperiors() {
		Long sanggau = this.directory.kabupatenByName("Kabupaten Sanggau").orElseThrow().id();
		PositionView staf = this.directory.positionByCode(sanggau, "staf-kerjasama").orElseThrow();
		StringBuilder chain = new StringBuilder(staf.code());
		PositionView at = staf;
		while (at.superiorId() != null) {
			at = this.directory.position(sanggau, at.superiorId()).orElseThrow();
			chain.append(" > ").append(at.code());
		}
		assertThat(chain).hasToString("staf-kerjasama > kasi-kerjasama > kabid-pkd > kadis-dpmpd > sekda > bupati");
	}

	@Test
	void demoPeopleHaveValidNipsOrNone() {
		for (String kabupaten : List.of("Kabupaten Sanggau", "Kabupaten Lamandau", "Kabupaten Barito Timur")) {
			Long id = this.directory.kabupatenByName(kabupaten).orElseThrow().id();
			assertThat(this.directory.people(id))
				.allSatisfy(p -> assertThat(p.nipCheck().valid()).as(p.name()).isTrue());
		}
	}

	private static List<String> concat() {
		return java.util.stream.Stream.concat(POSITION_ACCOUNTS.stream(), ADMINS.stream()).toList();
	}

}
