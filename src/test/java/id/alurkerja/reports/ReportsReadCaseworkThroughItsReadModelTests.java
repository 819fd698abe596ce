package id.alurkerja.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.alurkerja.casework.CaseworkReadModel;
import id.alurkerja.org.AssignmentKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports read casework only through the views casework publishes for them
 * ({@link CaseworkReadModel}): no reports source (the history generator aside, which
 * writes casework's rows on purpose) names a table of casework or audit in its SQL, or
 * spells one of casework's codes (its enums' constants, or how a task records who did it)
 * as a literal.
 */
class ReportsReadCaseworkThroughItsReadModelTests {

	private static final Path REPORTS = Path.of("src/main/java/id/alurkerja/reports");

	private static final Path GENERATOR = REPORTS.resolve("generator");

	private static final Path CASEWORK = Path.of("src/main/java/id/alurkerja/casework");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Where SQL names a table. */
	private static final String TABLE_USE = "(?i)\\b(from|join|into|update|truncate|table)\\s+(only\\s+)?%s\\b";

	@Test
	void reportsNameNoTableOfCaseworkOrAudit() throws IOException {
		Set<String> tables = new LinkedHashSet<>();
		tables.addAll(tablesCreatedBy("V4__casework.sql"));
		tables.addAll(tablesCreatedBy("V5__audit.sql"));
		assertThat(tables).contains("case_file", "task", "delegation", "document_version", "case_event");
		List<String> found = new ArrayList<>();
		for (Path source : reportsSources()) {
			String text = Files.readString(source);
			for (String table : tables) {
				Matcher m = Pattern.compile(TABLE_USE.formatted(Pattern.quote(table))).matcher(text);
				while (m.find()) {
					found.add(source + " line " + line(text, m.start()) + ": " + m.group());
				}
			}
		}
		assertThat(found).as("casework's or audit's tables named in the reports").isEmpty();
	}

	@Test
	void reportsSpellNoCodeOfCasework() throws Exception {
		Set<String> codes = caseworkCodes();
		assertThat(codes).contains("DONE", "OPEN", "TIDAK", "BERJALAN", "SELESAI", "DEFINITIF", "PLT", "PLH",
				"DELEGASI");
		List<String> found = new ArrayList<>();
		for (Path source : reportsSources()) {
			String text = Files.readString(source);
			for (String code : codes) {
				Matcher m = Pattern.compile("['\"]" + Pattern.quote(code) + "['\"]").matcher(text);
				while (m.find()) {
					found.add(source + " line " + line(text, m.start()) + ": " + m.group());
				}
			}
		}
		assertThat(found).as("casework's codes spelled in the reports").isEmpty();
	}

	@Test
	void reportsReadOnlyTheViewsCaseworkPublishes() throws IOException {
		Set<String> published = Set.of(CaseworkReadModel.CaseFact.VIEW, CaseworkReadModel.TaskFact.VIEW);
		Set<String> read = new LinkedHashSet<>();
		for (Path source : reportsSources()) {
			Matcher m = Pattern.compile(TABLE_USE.formatted("(casework_\\w+)")).matcher(Files.readString(source));
			while (m.find()) {
				read.add(m.group(3));
			}
		}
		// the scan sees the SQL at all
		assertThat(read).containsAll(published);
		assertThat(published).containsAll(read);
	}

	/** The reports' main sources, the history generator aside. */
	private static List<Path> reportsSources() throws IOException {
		try (Stream<Path> files = Files.walk(REPORTS)) {
			List<Path> sources = files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.startsWith(GENERATOR))
				.sorted()
				.toList();
			assertThat(sources).isNotEmpty();
			return sources;
		}
	}

	private static Set<String> tablesCreatedBy(String migration) throws IOException {
		Set<String> tables = new LinkedHashSet<>();
		Matcher m = Pattern.compile("(?i)create table (\\w+)").matcher(Files.readString(MIGRATIONS.resolve(migration)));
		while (m.find()) {
			tables.add(m.group(1).toLowerCase());
		}
		return tables;
	}

	/**
	 * The constants of casework's enums (those of its public root package, nested ones
	 * included), and the ways a task records who did it: a position's holder kinds and a
	 * delegate.
	 */
	private static Set<String> caseworkCodes() throws Exception {
		Set<String> codes = new LinkedHashSet<>();
		Path classes = Path.of(CaseworkReadModel.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve("id/alurkerja/casework");
		try (Stream<Path> files = Files.list(classes)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
				String name = "id.alurkerja.casework." + file.getFileName().toString().replace(".class", "");
				Class<?> type = Class.forName(name, false, CaseworkReadModel.class.getClassLoader());
				if (type.isEnum()) {
					for (Object constant : type.getEnumConstants()) {
						codes.add(((Enum<?>) constant).name());
					}
				}
			}
		}
		for (AssignmentKind kind : AssignmentKind.values()) {
			codes.add(kind.name());
		}
		codes.add("DELEGASI");
		return codes;
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

}
