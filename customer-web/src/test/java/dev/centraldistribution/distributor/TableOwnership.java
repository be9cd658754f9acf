package dev.centraldistribution.distributor;

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
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Which module owns which table ({@link OwnsTables} on each module's package), and which
 * SQL in the sources names a table its module does not own.
 * <p>
 * SQL is found as Java string literals and text blocks that start like a statement
 * ({@code select}, {@code insert}, {@code update}, {@code delete}, {@code with},
 * {@code merge}); the tables they name follow {@code from}, {@code join}, {@code into} or
 * {@code update}. Foreign keys between modules' tables are declared in the migrations and
 * are fine: a module may refer to another's rows by id, only not read or write them.
 */
final class TableOwnership {

	private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern STATEMENT = Pattern.compile("(?is)^\\s*(select|insert|update|delete|with|merge)\\b.*");

	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern DROP_TABLE = Pattern
		.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final String BASE_PACKAGE = "dev.centraldistribution.distributor.";

	private final Map<String, String> ownerByTable;

	private TableOwnership(Map<String, String> ownerByTable) {
		this.ownerByTable = ownerByTable;
	}

	/**
	 * Reads the owners from the modules' packages.
	 * @throws IllegalStateException when two modules claim the same table
	 */
	static TableOwnership of(ApplicationModules modules) {
		Map<String, String> owners = new TreeMap<>();
		for (ApplicationModule module : modules) {
			OwnsTables owned = ownsTables(module.getBasePackage().getName());
			if (owned == null) {
				continue;
			}
			for (String table : owned.value()) {
				String previous = owners.put(table, module.getIdentifier().toString());
				if (previous != null) {
					throw new IllegalStateException(
							"Table " + table + " is owned by both " + previous + " and " + module.getIdentifier());
				}
			}
		}
		return new TableOwnership(owners);
	}

	static TableOwnership of(Map<String, String> ownerByTable) {
		return new TableOwnership(new TreeMap<>(ownerByTable));
	}

	Map<String, String> ownerByTable() {
		return this.ownerByTable;
	}

	/**
	 * The tables the migrations leave that no module owns, and the tables modules own
	 * that the migrations do not leave: a table one migration drops is gone (no later one
	 * creates a table of the same name again).
	 */
	List<String> unownedTables(Path migrations) {
		Set<String> created = new TreeSet<>();
		forEachFile(migrations, ".sql", (file, text) -> {
			Matcher table = CREATE_TABLE.matcher(text);
			while (table.find()) {
				created.add(table.group(1).toLowerCase());
			}
		});
		forEachFile(migrations, ".sql", (file, text) -> {
			Matcher table = DROP_TABLE.matcher(text);
			while (table.find()) {
				created.remove(table.group(1).toLowerCase());
			}
		});
		List<String> problems = new ArrayList<>();
		created.stream()
			.filter((table) -> !this.ownerByTable.containsKey(table))
			.forEach((table) -> problems.add(table + " is created by a migration but owned by no module"));
		this.ownerByTable.keySet()
			.stream()
			.filter((table) -> !created.contains(table))
			.forEach((table) -> problems
				.add(table + " is owned by " + this.ownerByTable.get(table) + " but no migration creates it"));
		return problems;
	}

	/** Every place where a module's SQL names a table another module owns. */
	List<String> foreignTableReferences(Path... sourceRoots) {
		List<String> violations = new ArrayList<>();
		for (Path root : sourceRoots) {
			forEachFile(root, ".java", (file, text) -> {
				String module = moduleOf(root.relativize(file));
				if (module != null) {
					violations.addAll(foreignTableReferences(module, file.toString(), text));
				}
			});
		}
		return violations;
	}

	/** Where the SQL in one source file of a module names another module's tables. */
	List<String> foreignTableReferences(String module, String fileName, String source) {
		List<String> violations = new ArrayList<>();
		Matcher literal = STRING_LITERAL.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			if (!STATEMENT.matcher(text).matches()) {
				continue;
			}
			Matcher reference = TABLE_REFERENCE.matcher(text);
			while (reference.find()) {
				String table = reference.group(1).toLowerCase();
				String owner = this.ownerByTable.get(table);
				if (owner != null && !owner.equals(module)) {
					int line = (int) source.substring(0, literal.start()).chars().filter((c) -> c == '\n').count() + 1;
					violations.add(fileName + ":" + line + ": module " + module + " names table " + table
							+ ", owned by " + owner);
				}
			}
		}
		return violations;
	}

	/** The module of a source file, from its path below the source root. */
	static String moduleOf(Path relativeSource) {
		String name = relativeSource.toString().replace('\\', '/').replace('/', '.');
		if (!name.startsWith(BASE_PACKAGE)) {
			return null;
		}
		String rest = name.substring(BASE_PACKAGE.length());
		int dot = rest.indexOf('.');
		return (dot > 0 && rest.indexOf('.', dot + 1) > 0) ? rest.substring(0, dot) : null;
	}

	private static OwnsTables ownsTables(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(OwnsTables.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static void forEachFile(Path root, String suffix, FileAction action) {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(suffix)).sorted().toList()) {
				action.apply(file, Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface FileAction {

		void apply(Path file, String text) throws IOException;

	}

}
