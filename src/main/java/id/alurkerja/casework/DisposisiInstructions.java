package id.alurkerja.casework;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The standard instructions an office ticks on its lembar disposisi, per kabupaten (table
 * {@code disposisi_instruction}); a kabupaten that set none uses those printed on the
 * common lembar disposisi.
 */
@Component
public class DisposisiInstructions {

	/** The instructions of the common lembar disposisi, in its order. */
	public static final List<String> DEFAULTS = List.of("Tanggapan dan saran", "Proses lebih lanjut", "Koordinasikan",
			"Untuk diketahui", "Siapkan bahan", "Hadiri", "Arsipkan");

	private final JdbcTemplate jdbc;

	DisposisiInstructions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The kabupaten's instructions, in order. */
	public List<String> of(Long kabupatenId) {
		List<String> own = this.jdbc.queryForList(
				"select text from disposisi_instruction where kabupaten_id = ? order by sort_order", String.class,
				kabupatenId);
		return own.isEmpty() ? DEFAULTS : own;
	}

}
