package dev.centraldistribution.distributor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagrams committed under {@code docs/} show the modules as the code has
 * them: the PlantUML diagram Spring Modulith's {@link Documenter} writes, and the Mermaid
 * graph in {@code docs/architecture.md}. When a module or a dependency changes, this test
 * fails; run it with {@code -Ddocs.update=true} to write the new diagrams, and commit
 * them.
 */
class ModuleDiagramIsCurrentTests {

	static final Path DOCS = Path.of("../docs");

	static final Path PLANT_UML = DOCS.resolve("modules/components.puml");

	static final Path ARCHITECTURE = DOCS.resolve("architecture.md");

	static final String BEGIN = "<!-- modules:begin -->\n";

	static final String END = "<!-- modules:end -->";

	static final boolean UPDATE = Boolean.getBoolean("docs.update");

	@Test
	void theCommittedPlantUmlDiagramIsWhatTheDocumenterWritesNow() throws IOException {
		Path generated = Path.of("target/module-docs");
		new Documenter(ArchitectureTests.modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML));
		String current = Files.readString(generated.resolve("components.puml"));
		if (UPDATE) {
			Files.createDirectories(PLANT_UML.getParent());
			Files.writeString(PLANT_UML, current);
		}
		// The Documenter writes the relationships in no fixed order: compare the lines as
		// sets.
		assertThat(sortedLines(Files.readString(PLANT_UML)))
			.as("docs/modules/components.puml; update with -Ddocs.update=true")
			.isEqualTo(sortedLines(current));
	}

	@Test
	void theArchitecturePageShowsTheModulesAndTheirDependenciesAsTheyAre() throws IOException {
		String page = Files.readString(ARCHITECTURE);
		int begin = page.indexOf(BEGIN);
		int end = page.indexOf(END);
		assertThat(begin).as("docs/architecture.md has the modules:begin marker").isNotNegative();
		assertThat(end).as("docs/architecture.md has the modules:end marker").isGreaterThan(begin);
		String current = mermaid(ArchitectureTests.modules);
		if (UPDATE) {
			page = page.substring(0, begin + BEGIN.length()) + current + page.substring(end);
			Files.writeString(ARCHITECTURE, page);
			end = page.indexOf(END);
		}
		assertThat(page.substring(begin + BEGIN.length(), end))
			.as("the module graph in docs/architecture.md; update with -Ddocs.update=true")
			.isEqualTo(current);
	}

	/** A Mermaid graph of the modules and their direct dependencies, sorted. */
	static String mermaid(ApplicationModules modules) {
		List<String> lines = new ArrayList<>();
		Set<String> connected = new TreeSet<>();
		modules.stream().map(ModuleDiagramIsCurrentTests::name).sorted().forEach((name) -> {
			ApplicationModule module = modules.getModuleByName(name).orElseThrow();
			module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ModuleDiagramIsCurrentTests::name)
				.sorted()
				.forEach((target) -> {
					lines.add("    " + name + " --> " + target);
					connected.add(name);
					connected.add(target);
				});
		});
		modules.stream()
			.map(ModuleDiagramIsCurrentTests::name)
			.filter((name) -> !connected.contains(name))
			.sorted()
			.forEach((name) -> lines.add("    " + name));
		return "```mermaid\nflowchart LR\n" + String.join("\n", lines) + "\n```\n";
	}

	private static List<String> sortedLines(String text) {
		return text.lines().sorted().toList();
	}

	private static String name(ApplicationModule module) {
		return module.getName();
	}

}
