package id.alurkerja.org;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code demo/organisation.yaml} once: the seed SOPs' offices, fictional people and
 * one account per position, all with the password {@value #PASSWORD}.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(DemoOrganisation.ORDER)
class DemoOrganisation implements ApplicationRunner {

	static final int ORDER = 10;

	static final String PASSWORD = "alurdemo";

	/** When the demo's definitive holders took office. */
	private static final LocalDate SINCE = LocalDate.of(2024, 1, 2);

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private final KabupatenRepository kabupatens;

	private final UnitRepository units;

	private final PositionRepository positions;

	private final PersonRepository people;

	private final UserAccountRepository accounts;

	private final PositionAssignmentRepository assignments;

	private final PasswordEncoder passwordEncoder;

	DemoOrganisation(KabupatenRepository kabupatens, UnitRepository units, PositionRepository positions,
			PersonRepository people, UserAccountRepository accounts, PositionAssignmentRepository assignments,
			PasswordEncoder passwordEncoder) {
		this.kabupatens = kabupatens;
		this.units = units;
		this.positions = positions;
		this.people = people;
		this.accounts = accounts;
		this.assignments = assignments;
		this.passwordEncoder = passwordEncoder;
	}

	record Data(List<KabupatenData> kabupaten) {
	}

	record KabupatenData(String name, String code, List<UnitData> units, List<AccountData> admins,
			List<ActingData> acting) {
	}

	record UnitData(String name, UnitKind kind, String code, List<PositionData> positions, List<UnitData> units) {
	}

	record PositionData(String code, String title, int rank, Boolean head, String superior, AccountData holder) {
	}

	record AccountData(String username, String name, String nip, String pangkat, String golongan) {
	}

	record ActingData(String username, String position, AssignmentKind kind, LocalDate start, LocalDate end) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		Data data = read();
		// the same password for every demo account: hash it once, not once per account
		String hash = this.passwordEncoder.encode(PASSWORD);
		for (KabupatenData k : data.kabupaten()) {
			if (this.kabupatens.findByName(k.name()).isPresent()) {
				continue;
			}
			load(k, hash);
			log.info("Demo data loaded for {}", k.name());
		}
	}

	static Data read() throws IOException {
		YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource("demo/organisation.yaml").getInputStream()) {
			return mapper.readValue(in, Data.class);
		}
	}

	private void load(KabupatenData data, String hash) {
		Kabupaten kabupaten = this.kabupatens.save(new Kabupaten(data.name(), data.code()));
		Map<String, Position> byCode = new HashMap<>();
		Map<String, PositionData> pending = new HashMap<>();
		Map<String, Person> byUsername = new HashMap<>();
		for (UnitData unit : data.units()) {
			loadUnit(kabupaten.getId(), null, unit, byCode, pending, byUsername, hash);
		}
		// superiors are named by code and may be declared later in the file
		pending.forEach((code, p) -> {
			if (p.superior() != null) {
				Position position = byCode.get(code);
				Position superior = byCode.get(p.superior());
				if (superior == null) {
					throw new IllegalStateException("Unknown superior " + p.superior() + " of " + code);
				}
				position.reportTo(superior.getId());
			}
		});
		for (AccountData admin : data.admins()) {
			Person person = this.people
				.save(new Person(kabupaten.getId(), admin.name(), null, null, null, admin.username() + "@alur.test"));
			this.accounts.save(new UserAccount(person.getId(), admin.username(), hash, true));
		}
		if (data.acting() != null) {
			for (ActingData acting : data.acting()) {
				this.assignments.save(new PositionAssignment(kabupaten.getId(), byCode.get(acting.position()).getId(),
						byUsername.get(acting.username()).getId(), acting.kind(), acting.start(), acting.end()));
			}
		}
	}

	private void loadUnit(Long kabupatenId, Long parentId, UnitData data, Map<String, Position> byCode,
			Map<String, PositionData> pending, Map<String, Person> byUsername, String hash) {
		Unit unit = this.units.save(new Unit(kabupatenId, parentId, data.name(), data.kind(), data.code()));
		for (PositionData p : nullSafe(data.positions())) {
			Position position = this.positions.save(new Position(kabupatenId, unit.getId(), p.code(), p.title(), null,
					Boolean.TRUE.equals(p.head()), p.rank()));
			byCode.put(p.code(), position);
			pending.put(p.code(), p);
			AccountData h = p.holder();
			if (h != null) {
				// a holder without a username is on the chart only, with no account
				Person person = this.people.save(new Person(kabupatenId, h.name(), h.nip(), h.pangkat(), h.golongan(),
						(h.username() != null) ? h.username() + "@alur.test" : null));
				this.assignments.save(new PositionAssignment(kabupatenId, position.getId(), person.getId(),
						AssignmentKind.DEFINITIF, SINCE, null));
				if (h.username() != null) {
					this.accounts.save(new UserAccount(person.getId(), h.username(), hash, false));
					byUsername.put(h.username(), person);
				}
			}
		}
		for (UnitData child : nullSafe(data.units())) {
			loadUnit(kabupatenId, unit.getId(), child, byCode, pending, byUsername, hash);
		}
	}

	private static <T> List<T> nullSafe(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
