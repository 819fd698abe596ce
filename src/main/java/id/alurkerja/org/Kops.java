package id.alurkerja.org;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import id.alurkerja.adminlog.AdminActor;
import id.alurkerja.adminlog.AdminLog;
import id.alurkerja.shared.Rejected;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' kop: set by the kabupaten admin per unit, read by everything that prints an
 * official page (the lembar disposisi, the evaluation and monitoring PDFs, the stamp of a
 * signed document) as the kop of the nearest unit up the tree that has one.
 */
@Service
@Transactional
public class Kops {

	/** The largest logo accepted: a kop logo is a small image. */
	public static final int MAX_LOGO_BYTES = 512 * 1024;

	private static final int MAX_LOGO_PIXELS = 3000;

	private final JdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final AdminLog log;

	private final Clock clock;

	Kops(JdbcTemplate jdbc, OrgDirectory directory, AdminLog log, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The kop a page of this unit prints: the nearest unit's up the tree that has one,
	 * else the lines the tree gives (pemda, perangkat daerah) without logo; the stamp box
	 * likewise from the nearest unit that sets one.
	 */
	@Transactional(readOnly = true)
	public Kop kopOf(Long kabupatenId, Long unitId) {
		List<UnitView> chain = this.directory.unitWithAncestors(kabupatenId, unitId);
		Kop own = null;
		Kop.StampBox box = null;
		for (UnitView unit : chain) {
			Optional<Kop> kop = own(kabupatenId, unit.id());
			if (kop.isPresent()) {
				if (own == null) {
					own = kop.get();
				}
				if (box == null && kop.get().stamp() != Kop.StampBox.DEFAULT) {
					box = kop.get().stamp();
				}
			}
		}
		if (own != null) {
			return new Kop(own.unitId(), own.lines(), own.address(), own.logo(), own.logoContentType(), box, false);
		}
		String kabupaten = this.directory.kabupaten(kabupatenId).map(KabupatenView::name).orElse(null);
		return new Kop(null, derivedLines(chain, kabupaten), null, null, null, box, true);
	}

	/** The kop set on the unit itself, if any. */
	@Transactional(readOnly = true)
	public Optional<Kop> own(Long kabupatenId, Long unitId) {
		return this.jdbc.query("""
				select unit_id, lines, address, logo, logo_content_type, stamp_x_mm, stamp_y_mm, stamp_width_mm,
				       stamp_height_mm
				from unit_kop where kabupaten_id = ? and unit_id = ?""", (rs, n) -> {
			int x = rs.getInt("stamp_x_mm");
			Kop.StampBox box = rs.wasNull() ? null : new Kop.StampBox(x, rs.getInt("stamp_y_mm"),
					rs.getInt("stamp_width_mm"), rs.getInt("stamp_height_mm"));
			return new Kop(rs.getLong("unit_id"), Arrays.asList(rs.getString("lines").split("\n")),
					rs.getString("address"), rs.getBytes("logo"), rs.getString("logo_content_type"), box, false);
		}, kabupatenId, unitId).stream().findFirst();
	}

	/**
	 * Sets a unit's kop (admin). The logo is checked by its content (a PNG or JPEG that
	 * decodes, at most {@link #MAX_LOGO_BYTES}); {@code logo} null keeps the one there,
	 * unless {@code removeLogo}.
	 */
	public void save(AlurUser admin, Long unitId, KopChange change) {
		UnitView unit = this.directory.unit(admin.kabupatenId(), unitId)
			.orElseThrow(() -> new Rejected(null, "admin.kop.unitUnknown"));
		List<String> lines = (change.lines() == null) ? List.of()
				: change.lines().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (lines.isEmpty()) {
			throw new Rejected("lines", "admin.kop.linesRequired");
		}
		if (lines.size() > 6 || lines.stream().anyMatch(l -> l.length() > 120)) {
			throw new Rejected("lines", "admin.kop.linesTooLong");
		}
		String address = (change.address() != null && !change.address().isBlank()) ? change.address().strip() : null;
		if (address != null && address.length() > 500) {
			throw new Rejected("address", "admin.kop.addressTooLong");
		}
		Kop.StampBox box = stampBox(change);
		Optional<Kop> before = own(admin.kabupatenId(), unitId);
		byte[] logo = before.map(Kop::logo).orElse(null);
		String logoType = before.map(Kop::logoContentType).orElse(null);
		if (change.removeLogo()) {
			logo = null;
			logoType = null;
		}
		if (change.logo() != null && change.logo().length > 0) {
			logoType = logoType(change.logo());
			logo = change.logo();
		}
		this.jdbc.update("""
				insert into unit_kop (unit_id, kabupaten_id, lines, address, logo, logo_content_type, stamp_x_mm,
				    stamp_y_mm, stamp_width_mm, stamp_height_mm, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (unit_id) do update set lines = excluded.lines, address = excluded.address,
				    logo = excluded.logo, logo_content_type = excluded.logo_content_type,
				    stamp_x_mm = excluded.stamp_x_mm, stamp_y_mm = excluded.stamp_y_mm,
				    stamp_width_mm = excluded.stamp_width_mm, stamp_height_mm = excluded.stamp_height_mm,
				    updated_at = excluded.updated_at, version = unit_kop.version + 1
				""", unitId, admin.kabupatenId(), String.join("\n", lines), address, logo, logoType,
				(box != null) ? box.xMm() : null, (box != null) ? box.yMm() : null,
				(box != null) ? box.widthMm() : null, (box != null) ? box.heightMm() : null,
				Timestamp.from(this.clock.instant()));
		this.log.record(new AdminActor(admin.kabupatenId(), admin.accountId(), admin.getUsername()), "kop.save",
				unit.name(), before.map(Kops::describe).orElse(null),
				describe(new Kop(unitId, lines, address, logo, logoType, box, false)));
	}

	/** What the admin typed for a kop; the stamp box fields all empty or all given. */
	public record KopChange(String lines, String address, byte[] logo, boolean removeLogo, Integer stampX,
			Integer stampY, Integer stampWidth, Integer stampHeight) {
	}

	private static Kop.StampBox stampBox(KopChange change) {
		List<Integer> values = Arrays.asList(change.stampX(), change.stampY(), change.stampWidth(),
				change.stampHeight());
		if (values.stream().allMatch(v -> v == null)) {
			return null;
		}
		if (values.stream().anyMatch(v -> v == null)) {
			throw new Rejected("stampX", "admin.kop.stampIncomplete");
		}
		if (change.stampX() < 0 || change.stampX() > 400 || change.stampY() < 0 || change.stampY() > 400
				|| change.stampWidth() < 60 || change.stampWidth() > 400 || change.stampHeight() < 20
				|| change.stampHeight() > 200) {
			throw new Rejected("stampX", "admin.kop.stampRange");
		}
		return new Kop.StampBox(change.stampX(), change.stampY(), change.stampWidth(), change.stampHeight());
	}

	/** PNG or JPEG by their signatures, and an image that decodes within bounds. */
	static String logoType(byte[] bytes) {
		if (bytes.length > MAX_LOGO_BYTES) {
			throw new Rejected("logo", "admin.kop.logoTooLarge", MAX_LOGO_BYTES / 1024);
		}
		String type;
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			type = "image/png";
		}
		else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8
				&& (bytes[2] & 0xff) == 0xFF) {
			type = "image/jpeg";
		}
		else {
			throw new Rejected("logo", "admin.kop.logoType");
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null || image.getWidth() > MAX_LOGO_PIXELS || image.getHeight() > MAX_LOGO_PIXELS) {
				throw new Rejected("logo", "admin.kop.logoType");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejected rejected) {
				throw rejected;
			}
			throw new Rejected("logo", "admin.kop.logoType");
		}
		return type;
	}

	/**
	 * The lines a unit without a kop up its tree prints: the pemda, then the perangkat
	 * daerah (and a desa) in capitals, as kop surat print them; bidang and seksi are no
	 * part of a letterhead.
	 */
	static List<String> derivedLines(List<UnitView> nearestFirst, String kabupatenName) {
		Locale id = Locale.forLanguageTag("id");
		List<UnitView> topFirst = new ArrayList<>(nearestFirst);
		Collections.reverse(topFirst);
		List<String> lines = new ArrayList<>();
		if (topFirst.stream().noneMatch(u -> u.kind() == UnitKind.PEMDA) && kabupatenName != null) {
			lines.add(("Pemerintah " + kabupatenName).toUpperCase(id));
		}
		for (UnitView unit : topFirst) {
			switch (unit.kind()) {
				case PEMDA, SEKRETARIAT_DAERAH, DINAS, KECAMATAN, DESA -> lines.add(unit.name().toUpperCase(id));
				default -> {
				}
			}
		}
		return lines;
	}

	private static String describe(Kop kop) {
		return String.join(" / ", kop.lines()) + ((kop.address() != null) ? "; " + kop.address() : "")
				+ (kop.hasLogo() ? "; logo " + kop.logo().length + " B" : "")
				+ ((kop.stamp() != Kop.StampBox.DEFAULT) ? "; stempel " + kop.stamp() : "");
	}

}
