package id.alurkerja.casework.numbering;

import java.util.List;

import id.alurkerja.org.UnitView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signing needs of the letter numbering: the next official number of a unit for a
 * year, from the unit's pattern, and the archive classification codes a signer may
 * choose. The running number is a counter row per unit and year, incremented by
 * {@code insert ... on conflict do update ... returning}: gapless, and safe when two
 * people sign at once (the second waits for the first's row lock).
 */
@Component
public class Numbering {

	/** The pattern of a unit that has none of its own. */
	public static final String DEFAULT_PATTERN = "{klasifikasi}/{urut}/{kode-unit}/{tahun}";

	private final JdbcTemplate jdbc;

	Numbering(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An archive classification code (national: one list for every kabupaten). */
	public record Klasifikasi(String code, String name) {
	}

	/**
	 * Takes the unit's next running number for the year and fills in its pattern. Joins
	 * the signer's transaction: if the signature is rolled back, so is the number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(UnitView unit, int year, String klasifikasi) {
		int running = this.jdbc.queryForObject("""
				insert into number_counter (unit_id, year, last) values (?, ?, 1)
				on conflict (unit_id, year) do update set last = number_counter.last + 1
				returning last""", Integer.class, unit.id(), year);
		return format(unit, year, klasifikasi, running);
	}

	/**
	 * The number a signature would take now: the counter read, not taken. Provisional,
	 * since someone else may sign first; shown to the signer before they confirm.
	 */
	@Transactional(readOnly = true)
	public String preview(UnitView unit, int year, String klasifikasi) {
		Integer last = this.jdbc
			.queryForList("select last from number_counter where unit_id = ? and year = ?", Integer.class, unit.id(),
					year)
			.stream()
			.findFirst()
			.orElse(0);
		return format(unit, year, klasifikasi, last + 1);
	}

	private String format(UnitView unit, int year, String klasifikasi, int running) {
		String pattern = this.jdbc
			.queryForList("select pattern from numbering_scheme where unit_id = ?", String.class, unit.id())
			.stream()
			.findFirst()
			.orElse(DEFAULT_PATTERN);
		return pattern.replace("{klasifikasi}", klasifikasi)
			.replace("{urut}", Integer.toString(running))
			.replace("{kode-unit}", unit.code())
			.replace("{tahun}", Integer.toString(year));
	}

	/** Whether the code is in the list ({@code null} is not). */
	@Transactional(readOnly = true)
	public boolean isKnown(String klasifikasi) {
		if (klasifikasi == null) {
			return false;
		}
		Integer known = this.jdbc.queryForObject("select count(*) from klasifikasi_arsip where code = ?", Integer.class,
				klasifikasi);
		return known != null && known > 0;
	}

	/** The codes a signer chooses from, in code order. */
	@Transactional(readOnly = true)
	public List<Klasifikasi> klasifikasi() {
		return this.jdbc.query("select code, name from klasifikasi_arsip order by code",
				(rs, i) -> new Klasifikasi(rs.getString(1), rs.getString(2)));
	}

}
