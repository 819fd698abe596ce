package id.alurkerja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagrams in the repository are the ones the build draws from the code:
 * Spring Modulith's {@link Documenter} writes the PlantUML component diagram and the
 * module canvases into {@code docs/modules/}, and this test draws the same graph as a
 * Mermaid flowchart (GitHub renders Mermaid, not PlantUML) into
 * {@code docs/modules/modules.md} and into the README between its markers. The files are
 * rewritten on every run; the test fails when what was there before differs, so that a
 * stale diagram cannot go unnoticed: commit the regenerated files.
 */
class ModuleDocumentationTests {

	static final Path OUTPUT = Path.of("docs/modules");

	static final Path README = Path.of("README.md");

	static final String START = "<!-- modules:start -->";

	static final String END = "<!-- modules:end -->";

	private static final Pattern JAVADOC = Pattern.compile("(?s)/\\*\\*(.*?)\\*/");

	@Test
	void theModuleDiagramsInTheRepositoryAreTheOnesTheCodeDraws() throws IOException {
		ApplicationModules modules = ApplicationModules.of(AlurApplication.class);
		Map<String, String> before = snapshot();

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation(
				// admin uses no module and none uses it: shown all the same
				Documenter.DiagramOptions.defaults()
					.withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE),
				Documenter.CanvasOptions.defaults());
		try (Stream<Path> diagrams = Files.list(OUTPUT)) {
			for (Path diagram : diagrams.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.writeString(diagram, inStableOrder(Files.readString(diagram)));
			}
		}
		String mermaid = mermaid(modules);
		Files.writeString(OUTPUT.resolve("modules.md"), modulesPage(modules, mermaid));
		String readme = Files.readString(README);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README.md has the markers %s and %s", START, END).isNotNegative().isLessThan(end);
		Files.writeString(README, readme.substring(0, start + START.length()) + "\n" + mermaid + readme.substring(end));

		Map<String, String> after = snapshot();
		Set<String> changed = new TreeSet<>(before.keySet());
		changed.addAll(after.keySet());
		changed.removeIf(file -> after.getOrDefault(file, "").equals(before.getOrDefault(file, "")));
		assertThat(changed)
			.as("The module diagrams were stale and have been regenerated from the code: commit docs/modules/ "
					+ "and README.md")
			.isEmpty();
	}

	/**
	 * The PlantUML with each run of like lines (components, relations) sorted: the
	 * Documenter lists them in no fixed order, and a diagram should change only when the
	 * modules do.
	 */
	static String inStableOrder(String plantUml) {
		List<String> lines = plantUml.lines().toList();
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < lines.size()) {
			String kind = kind(lines.get(i));
			int end = i + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
				end++;
			}
			lines.subList(i, end).stream().sorted().forEach(line -> out.append(line).append('\n'));
			i = end;
		}
		return out.toString();
	}

	/** "Rel(", " Component(" and the like: what a line declares; null for others. */
	private static String kind(String line) {
		Matcher declaration = Pattern.compile("^(\\s*[A-Za-z_]+\\()").matcher(line);
		return declaration.find() ? declaration.group(1) : null;
	}

	/**
	 * The modules and their direct dependencies as a Mermaid flowchart in a fenced block.
	 */
	static String mermaid(ApplicationModules modules) {
		StringBuilder out = new StringBuilder("```mermaid\nflowchart TD\n");
		for (ApplicationModule module : sorted(modules)) {
			out.append("  ")
				.append(id(module))
				.append("[\"")
				.append(module.getDisplayName())
				.append("<br/><code>")
				.append(id(module))
				.append("</code>\"]\n");
		}
		for (ApplicationModule module : sorted(modules)) {
			for (String target : dependencies(module, modules)) {
				out.append("  ").append(id(module)).append(" --> ").append(target).append('\n');
			}
		}
		return out.append("```\n").toString();
	}

	private static String modulesPage(ApplicationModules modules, String mermaid) {
		StringBuilder out = new StringBuilder();
		out.append("# Alur's modules\n\n")
			.append("Generated by `ModuleDocumentationTests` from the code (do not edit by hand; run the test and ")
			.append("commit what it writes). An arrow is a dependency in the code; each module's ")
			.append("`package-info.java` declares the ones it may have (`allowedDependencies`), and ")
			.append("`ModularityTests` fails on any other. The same graph in PlantUML, with each module's canvas: ")
			.append("`components.puml`, `module-*.puml`, `module-*.adoc` beside this file.\n\n")
			.append(mermaid)
			.append("\n| module | name | purpose | uses |\n|---|---|---|---|\n");
		for (ApplicationModule module : sorted(modules)) {
			out.append("| `")
				.append(id(module))
				.append("` | ")
				.append(module.getDisplayName())
				.append(" | ")
				.append(purpose(module))
				.append(" | ")
				.append(dependencies(module, modules).stream()
					.map(d -> "`" + d + "`")
					.collect(Collectors.joining(", ")))
				.append(" |\n");
		}
		return out.toString();
	}

	private static List<ApplicationModule> sorted(ApplicationModules modules) {
		return modules.stream().sorted((a, b) -> id(a).compareTo(id(b))).toList();
	}

	private static String id(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	private static Set<String> dependencies(ApplicationModule module, ApplicationModules modules) {
		return module.getDirectDependencies(modules)
			.stream()
			.map(ApplicationModuleDependency::getTargetModule)
			.map(ModuleDocumentationTests::id)
			.filter(target -> !target.equals(id(module)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The module's Javadoc purpose, from its {@code package-info.java}. */
	private static String purpose(ApplicationModule module) {
		Path source = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'),
				"package-info.java");
		try {
			Matcher javadoc = JAVADOC.matcher(Files.readString(source));
			if (!javadoc.find()) {
				return "";
			}
			return javadoc.group(1)
				.lines()
				.map(line -> line.replaceFirst("^\\s*\\*\\s?", "").strip())
				.filter(line -> !line.isEmpty())
				.collect(Collectors.joining(" "))
				.replaceAll("\\{@(?:code|link) ([^}]*)}", "`$1`")
				.replace("|", "\\|");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The generated files and the README as they are now, by path. */
	private static Map<String, String> snapshot() throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(OUTPUT)) {
			try (Stream<Path> found = Files.walk(OUTPUT)) {
				for (Path file : found.filter(Files::isRegularFile).toList()) {
					files.put(file.toString(), Files.readString(file));
				}
			}
		}
		files.put(README.toString(), Files.readString(README));
		return files;
	}

}
