package id.alurkerja.casework.numbering;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.OrgAdmin;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.shared.Rejected;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letter numbering settings: each unit's number pattern and unit code, and the archive
 * classification codes offered at signing ({@link Numbering} uses them). Classification
 * codes are national (one list for every kabupaten).
 */
@Component
@Transactional
class NumberingSettings {

	/** What casework's numbering fills in; {urut} (the running number) is required. */
	static final List<String> PLACEHOLDERS = List.of("{klasifikasi}", "{urut}", "{kode-unit}", "{tahun}");

	static final String DEFAULT_PATTERN = Numbering.DEFAULT_PATTERN;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");

	private static final Pattern CODE = Pattern.compile("\\d{3}(\\.\\d+)*");

	private final JdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final OrgAdmin org;

	private final AdminLog log;

	NumberingSettings(JdbcTemplate jdbc, OrgDirectory directory, OrgAdmin org, AdminLog log) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.org = org;
		this.log = log;
	}

	/** A unit with its number pattern (null: the default) and an example number. */
	public record UnitNumbering(UnitView unit, String pattern, String example, long unitVersion, long patternVersion) {
	}

	/**
	 * Someone else saved the unit's pattern since the form was shown: nothing was
	 * changed.
	 */
	static class Changed extends RuntimeException {

		Changed() {
			super("Changed by someone else since the form was shown");
		}

	}

	@Transactional(readOnly = true)
	List<UnitNumbering> units(AlurUser admin, int year) {
		List<UnitView> units = this.directory.units(admin.kabupatenId());
		Map<Long, String> patterns = this.jdbc
			.query("select unit_id, pattern from numbering_scheme",
					(rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, Long> patternVersions = this.jdbc
			.query("select unit_id, version from numbering_scheme", (rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, Long> unitVersions = this.org.unitVersions(admin);
		return units.stream().map(u -> {
			String pattern = patterns.get(u.id());
			return new UnitNumbering(u, pattern, example((pattern != null) ? pattern : DEFAULT_PATTERN, u.code(), year),
					unitVersions.getOrDefault(u.id(), 0L), patternVersions.getOrDefault(u.id(), -1L));
		}).toList();
	}

	void save(AlurUser admin, Long unitId, String pattern, String unitCode) {
		save(admin, unitId, pattern, unitCode, null, null);
	}

	/**
	 * Saves the unit code and number pattern if nobody saved either since the form was
	 * shown ({@code unitVersion}, {@code patternVersion}; -1: no pattern of its own;
	 * null: unchecked).
	 */
	void save(AlurUser admin, Long unitId, String pattern, String unitCode, Long unitVersion, Long patternVersion) {
		UnitView unit = this.directory.unit(admin.kabupatenId(), unitId).orElseThrow(OrgAdmin.NotFound::new);
		long currentPattern = this.jdbc
			.queryForList("select version from numbering_scheme where unit_id = ? for update", Long.class, unitId)
			.stream()
			.findFirst()
			.orElse(-1L);
		if (patternVersion != null && patternVersion != currentPattern) {
			throw new Changed();
		}
		this.org.changeUnitCode(admin, unitId, unitCode, unitVersion);
		String p = (pattern != null) ? pattern.strip() : "";
		String before = this.jdbc
			.queryForList("select pattern from numbering_scheme where unit_id = ?", String.class, unitId)
			.stream()
			.findFirst()
			.orElse(null);
		if (p.isEmpty() || p.equals(DEFAULT_PATTERN)) {
			if (before != null) {
				this.jdbc.update("delete from numbering_scheme where unit_id = ?", unitId);
				record(admin, "settings.numbering", unit.name(), before, DEFAULT_PATTERN);
			}
			return;
		}
		check(p);
		if (p.equals(before)) {
			return;
		}
		this.jdbc.update("""
				insert into numbering_scheme (unit_id, pattern) values (?, ?)
				on conflict (unit_id) do update set pattern = excluded.pattern,
				version = numbering_scheme.version + 1""", unitId, p);
		record(admin, "settings.numbering", unit.name(), (before != null) ? before : DEFAULT_PATTERN, p);
	}

	static void check(String pattern) {
		if (!pattern.contains("{urut}")) {
			throw new Rejected("pattern", "casework.numbering.patternNeedsUrut");
		}
		Matcher m = PLACEHOLDER.matcher(pattern);
		while (m.find()) {
			if (!PLACEHOLDERS.contains(m.group())) {
				throw new Rejected("pattern", "casework.numbering.patternUnknown", m.group());
			}
		}
	}

	static String example(String pattern, String unitCode, int year) {
		return pattern.replace("{klasifikasi}", "000.8.3.3")
			.replace("{urut}", "15")
			.replace("{kode-unit}", unitCode)
			.replace("{tahun}", Integer.toString(year));
	}

	@Transactional(readOnly = true)
	List<Numbering.Klasifikasi> klasifikasi() {
		return this.jdbc.query("select code, name from klasifikasi_arsip order by string_to_array(code, '.')::int[]",
				(rs, i) -> new Numbering.Klasifikasi(rs.getString(1), rs.getString(2)));
	}

	void saveKlasifikasi(AlurUser admin, String code, String name) {
		String c = (code != null) ? code.strip() : "";
		if (!CODE.matcher(c).matches()) {
			throw new Rejected("code", "casework.numbering.klasifikasiCode");
		}
		if (name == null || name.isBlank()) {
			throw new Rejected("name", "admin.settings.nameRequired");
		}
		String before = this.jdbc.queryForList("select name from klasifikasi_arsip where code = ?", String.class, c)
			.stream()
			.findFirst()
			.orElse(null);
		this.jdbc.update("""
				insert into klasifikasi_arsip (code, name) values (?, ?)
				on conflict (code) do update set name = excluded.name""", c, name.strip());
		record(admin, "settings.klasifikasi", c, before, name.strip());
	}

	void removeKlasifikasi(AlurUser admin, String code) {
		String before = this.jdbc.queryForList("select name from klasifikasi_arsip where code = ?", String.class, code)
			.stream()
			.findFirst()
			.orElse(null);
		if (before == null) {
			return;
		}
		// signed documents keep their number text; the code is only no longer offered
		this.jdbc.update("delete from klasifikasi_arsip where code = ?", code);
		record(admin, "settings.klasifikasi.remove", code, before, null);
	}

	private void record(AlurUser admin, String action, String subject, String before, String after) {
		this.log.record(new AdminActor(admin.kabupatenId(), admin.accountId(), admin.getUsername()), action, subject,
				before, after);
	}

}
