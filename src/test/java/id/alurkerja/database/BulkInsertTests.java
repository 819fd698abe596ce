package id.alurkerja.database;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The COPY text bulk loads write: timestamps without the formatter, escaping. */
class BulkInsertTests {

	@Test
	void timestampsAreWrittenAsPostgreSqlReadsThem() {
		assertThat(timestamp("2026-11-23T01:02:03Z")).isEqualTo("2026-11-23 01:02:03+00");
		assertThat(timestamp("2024-02-29T23:59:59Z")).isEqualTo("2024-02-29 23:59:59+00");
		assertThat(timestamp("1999-12-31T00:00:00Z")).isEqualTo("1999-12-31 00:00:00+00");
		// fractions of a second keep the ISO form (PostgreSQL reads it too)
		assertThat(timestamp("2026-11-23T01:02:03.250Z")).isEqualTo("2026-11-23T01:02:03.250Z");
	}

	@Test
	void valuesAreEscapedOnlyWhereCopyNeedsIt() {
		BulkInsert insert = new BulkInsert("t", "a text, b int8, c timestamptz, d bool, e text");
		insert.add("tab\there\\ and\nline", 42L, Instant.parse("2026-01-02T03:04:05Z"), true, null);
		insert.add("plain", 7, null, false, "x");
		assertThat(insert.size()).isEqualTo(2);
		assertThat(insert.text()).isEqualTo(
				"tab\\there\\\\ and\\nline\t42\t2026-01-02 03:04:05+00\ttrue\t\\N\n" + "plain\t7\t\\N\tfalse\tx\n");
	}

	private static String timestamp(String iso) {
		StringBuilder out = new StringBuilder();
		BulkInsert.timestamp(Instant.parse(iso), out);
		return out.toString();
	}

}
