package id.alurkerja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to one module, and only that module names it in SQL: the others ask
 * the owner's public API. {@link ModularityTests} sees the Java arrows; SQL strings are
 * invisible to it, so this test reads them.
 * <p>
 * Each table of the Flyway migrations has its owner in {@link #OWNERS}; each view belongs
 * to the module its name starts with ({@link #VIEW_PREFIXES}: {@code casework_*},
 * {@code audit_*}, {@code sop_*}, {@code org_*}, {@code calendar_*}), the read model that
 * module publishes. A table's owner is always the one {@link #OWNERS} names, whatever its
 * name starts with ({@code sop_revision} is sop's, {@code sop_evaluation} the reports').
 * Each module's main sources are scanned for string literals and text blocks (comments
 * skipped) naming a table of another module where SQL names tables: after {@code from}
 * (with its comma list), {@code join}, {@code into}, {@code update}, {@code table},
 * {@code copy}, {@code analyze}, {@code vacuum}, {@code truncate}, {@code references},
 * matched on word boundaries; a literal that is nothing but a table name with an
 * underscore (e.g. {@code "case_file"} handed to a bulk loader) counts too. Plain words
 * such as "task" or "unit" elsewhere in a string are not SQL and do not count.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/id/alurkerja");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Every table of the migrations by the module that owns it. */
	static final Map<String, String> OWNERS = owners(Map.of( //
			"org",
			List.of("kabupaten", "unit", "position", "person", "user_account", "position_assignment", "unit_kop"), //
			"sop", List.of("sop", "sop_revision"), //
			"calendar", List.of("holiday", "office_hours", "working_week"), //
			"casework",
			List.of("case_file", "case_counter", "task", "delegation", "case_report", "case_document",
					"document_version", "document_content", "paraf", "action_token", "case_seen",
					"disposisi_instruction",
					// casework.numbering
					"klasifikasi_arsip", "numbering_scheme", "number_counter"), //
			"audit", List.of("case_event"), //
			"adminlog", List.of("admin_log"), //
			// sessions (Spring Session JDBC) and the login throttle, shared by all nodes
			"web", List.of("spring_session", "spring_session_attributes", "login_throttle", "kept_form"), //
			"reports",
			List.of("sop_evaluation", "sop_evaluation_row", "task_measure", "task_measure_state", "task_measure_day"), //
			// what the generator ran (created in V10 beside the evaluation tables)
			"simulation", List.of("generator_run"), //
			// electronic signature: demo keys, signed files, the verification page's rate
			// limit
			"tte", List.of("tte_demo_certificate", "tte_signed_file", "tte_verification_hit")));

	/**
	 * Views with these prefixes belong to the module of that name: its read model, which
	 * any module may read. Tables never go by their prefix.
	 */
	static final List<String> VIEW_PREFIXES = List.of("casework_", "audit_", "sop_", "org_", "calendar_");

	/**
	 * SQL that still names another module's table: module, table, file (under
	 * {@code id/alurkerja}). None: every module reads the others through their read
	 * models ({@link #VIEW_PREFIXES}) or their Java APIs (issue 12, docs/adr/0021). Kept
	 * so that a crossing the team accepts for a while is written down here; an entry that
	 * no longer occurs fails the test too.
	 */
	static final Set<Violation> KNOWN = Set.of();

	/** A module's source file naming another module's table in SQL. */
	record Violation(String module, String table, String file) implements Comparable<Violation> {

		@Override
		public int compareTo(Violation other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.module + " names " + this.table + " in " + this.file;
		}

	}

	private static final Pattern CREATED = Pattern.compile(
			"(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)");

	private static final Pattern DROPPED = Pattern.compile(
			"(?i)\\bdrop\\s+(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)");

	private static final Pattern RENAMED = Pattern.compile(
			"(?i)\\balter\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");

	/** Where SQL names a table (the {@code from} list is read separately). */
	private static final Pattern NAMED = Pattern.compile(
			"(?i)\\b(?:join|into|update|table|copy|analyze|truncate|references|vacuum(?:\\s+analyze)?)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");

	/** A {@code from} list: up to the next clause, parenthesis or subquery. */
	private static final Pattern FROM = Pattern.compile("(?is)\\bfrom\\s+(.*?)(?=\\b(?:select|from|where|join|left"
			+ "|right|inner|full|cross|natural|group|order|limit|offset|on|using|union|except|intersect|having"
			+ "|window|returning|for)\\b|\\(|\\)|;|$)");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	@Test
	void everyTableOfTheMigrationsHasOneOwningModule() {
		Map<String, String> tables = migrationTables();
		Map<String, String> unowned = new TreeMap<>(tables);
		unowned.keySet().removeAll(OWNERS.keySet());
		unowned.keySet().removeIf(name -> "view".equals(tables.get(name)) && viewOwner(name) != null);
		assertThat(unowned).as("tables and views of the migrations without an owner in OWNERS").isEmpty();
		Set<String> ownedViews = new TreeSet<>(OWNERS.keySet());
		ownedViews.removeIf(name -> !"view".equals(tables.get(name)));
		assertThat(ownedViews).as("views in OWNERS: a view belongs to its prefix's module").isEmpty();
		Map<String, String> misleading = new TreeMap<>();
		tables.forEach((name, kind) -> {
			if ("view".equals(kind)) {
				OWNERS.forEach((table, owner) -> {
					if (name.startsWith(table + "_") && !owner.equals(viewOwner(name))) {
						misleading.put(name, table);
					}
				});
			}
		});
		assertThat(misleading).as("views named like another module's table").isEmpty();
		Set<String> gone = new TreeSet<>(OWNERS.keySet());
		gone.removeAll(tables.keySet());
		assertThat(gone).as("OWNERS names tables no migration creates (any more)").isEmpty();
		Set<String> modules = new TreeSet<>(OWNERS.values());
		VIEW_PREFIXES.forEach(prefix -> modules.add(prefix.substring(0, prefix.length() - 1)));
		modules.removeIf(module -> Files.isDirectory(SOURCES.resolve(module)));
		assertThat(modules).as("owners that are no module").isEmpty();
	}

	@Test
	void modulesNameOnlyTheirOwnTablesInSql() {
		// a module's views (its read model) may be read by any module: only tables count
		Set<Violation> found = new TreeSet<>();
		for (Path file : javaFiles()) {
			Path relative = SOURCES.relativize(file);
			if (relative.getNameCount() < 2) {
				continue;
			}
			found.addAll(violationsIn(relative.getName(0).toString(),
					relative.toString().replace(relative.getFileSystem().getSeparator(), "/"), read(file)));
		}
		Set<Violation> appeared = new TreeSet<>(found);
		appeared.removeAll(KNOWN);
		assertThat(appeared)
			.as("SQL naming another module's table: ask the owner's public API instead (see docs/adr/0021)")
			.isEmpty();
		Set<Violation> fixed = new TreeSet<>(KNOWN);
		fixed.removeAll(found);
		assertThat(fixed).as("known violations that no longer occur: remove them from KNOWN").isEmpty();
	}

	@Test
	void aTableIsItsOwnersWhateverItsNameStartsWith() {
		// sop_revision starts like sop's views and is sop's table; sop_evaluation starts
		// like them too and is the reports' table: neither goes by its prefix
		assertThat(violationsIn("reports", "reports/X.java", """
				String name = "select name from sop_revision where sop_id = ?";
				String form = "select * from sop_evaluation e join sop_evaluation_row w on w.evaluation_id = e.id";
				String read = "select r.name from sop_catalog_revision r join org_unit u on u.unit_id = ?";
				""")).containsExactly(new Violation("reports", "sop_revision", "reports/X.java"));
		assertThat(violationsIn("casework", "casework/X.java", """
				String a = "select 1 from sop_evaluation";
				String b = "select name from person where id = ?";
				String c = "select name from org_person where person_id = ?";
				String d = "select 1 from audit_case_actor e where e.case_id = ?";
				String e = "select 1 from case_event e where e.case_id = ?";
				""")).containsExactly(new Violation("casework", "case_event", "casework/X.java"),
				new Violation("casework", "person", "casework/X.java"),
				new Violation("casework", "sop_evaluation", "casework/X.java"));
		assertThat(violationsIn("sop", "sop/X.java", "String a = \"select * from sop s join sop_revision r\";"))
			.isEmpty();
	}

	@Test
	void theScanSeesSqlAndNotProse() {
		assertThat(tablesNamedIn("select t.id from task t join case_file c on c.id = t.case_id"))
			.containsExactlyInAnyOrder("task", "case_file");
		assertThat(tablesNamedIn("select 1 from sop s, sop_revision r where exists (select 1 from paraf p)"))
			.containsExactlyInAnyOrder("sop", "sop_revision", "paraf");
		assertThat(tablesNamedIn("insert into task_measure (task_id) values (?)")).containsExactly("task_measure");
		assertThat(tablesNamedIn("vacuum analyze case_event")).containsExactly("case_event");
		assertThat(tablesNamedIn("case_file")).containsExactly("case_file");
		assertThat(tablesNamedIn("BENCHMARK task measures caught up")).isEmpty();
		assertThat(tablesNamedIn("select extract(epoch from t.completed_at - t.created_at) as unit")).isEmpty();
		assertThat(literals("""
				// "from task" in a comment
				String a = "select * from case_file"; char q = '"';
				String b = \"""
				    select 1 from task
				    \""";
				""")).containsExactly("select * from case_file", "    select 1 from task\n    ");
	}

	/** The tables and views the migrations leave, by name: "table" or "view". */
	private static Map<String, String> migrationTables() {
		List<Path> files;
		try (Stream<Path> found = Files.list(MIGRATIONS)) {
			files = found.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
				.sorted((a, b) -> Integer.compare(version(a), version(b)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> tables = new TreeMap<>();
		for (Path file : files) {
			String sql = read(file).replaceAll("--[^\n]*", "");
			Matcher created = CREATED.matcher(sql);
			while (created.find()) {
				tables.put(created.group(2).toLowerCase(), created.group(1).toLowerCase());
			}
			Matcher renamed = RENAMED.matcher(sql);
			while (renamed.find()) {
				String kind = tables.remove(renamed.group(1).toLowerCase());
				if (kind != null) {
					tables.put(renamed.group(2).toLowerCase(), kind);
				}
			}
			Matcher dropped = DROPPED.matcher(sql);
			while (dropped.find()) {
				tables.remove(dropped.group(1).toLowerCase());
			}
		}
		return tables;
	}

	private static int version(Path migration) {
		return Integer.parseInt(migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
	}

	private static String viewOwner(String view) {
		return VIEW_PREFIXES.stream()
			.filter(view::startsWith)
			.map(prefix -> prefix.substring(0, prefix.length() - 1))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The tables of other modules that a module's source names in SQL: only
	 * {@link #OWNERS} counts, so a view (a read model) never does.
	 */
	static Set<Violation> violationsIn(String module, String file, String source) {
		Set<Violation> found = new TreeSet<>();
		for (String literal : literals(source)) {
			for (String table : tablesNamedIn(literal)) {
				String owner = OWNERS.get(table);
				if (owner != null && !owner.equals(module)) {
					found.add(new Violation(module, table, file));
				}
			}
		}
		return found;
	}

	static Set<String> tablesNamedIn(String literal) {
		Set<String> names = new TreeSet<>();
		Matcher named = NAMED.matcher(literal);
		while (named.find()) {
			names.add(named.group(1).toLowerCase());
		}
		Matcher from = FROM.matcher(literal);
		while (from.find()) {
			for (String part : from.group(1).split(",")) {
				String[] words = part.strip().split("\\s+");
				String first = words[0].toLowerCase();
				if (IDENTIFIER.matcher(first).matches()) {
					names.add(first);
				}
			}
		}
		String whole = literal.strip();
		if (whole.contains("_") && IDENTIFIER.matcher(whole).matches()) {
			names.add(whole);
		}
		return names;
	}

	/** The string literals and text blocks of Java source, comments skipped. */
	static List<String> literals(String source) {
		List<String> found = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = (end < 0) ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int start = source.indexOf('\n', i) + 1;
				int end = start;
				while (true) {
					end = source.indexOf("\"\"\"", end);
					if (source.charAt(end - 1) != '\\') {
						break;
					}
					end++;
				}
				found.add(source.substring(start, end));
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (source.charAt(end) != c) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				if (c == '"') {
					found.add(source.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> owners(Map<String, List<String>> tablesByModule) {
		Map<String, String> owners = new TreeMap<>();
		tablesByModule.forEach((module, tables) -> tables.forEach(table -> {
			String before = owners.put(table, module);
			assertThat(before).as("%s has two owners", table).isNull();
		}));
		return owners;
	}

}
