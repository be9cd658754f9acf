package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The H2 files of the embedded defaults, one per process, read while the processes hold
 * them: each process opens its file with {@code AUTO_SERVER=TRUE}, which serves it over
 * TCP on 127.0.0.1. A query names its schema as on PostgreSQL ({@code distributor.},
 * {@code manufacturer_acme.}); it runs on that process's file, without the prefix.
 */
final class EmbeddedDatabases implements DrillQueries {

	private static final Pattern SCHEMA = Pattern.compile("\\b(distributor|manufacturer_[a-z]+)\\.");

	private final Map<String, Path> files;

	/**
	 * @param files each schema's database file, without H2's {@code .mv.db} suffix
	 */
	EmbeddedDatabases(Map<String, Path> files) {
		this.files = Map.copyOf(files);
	}

	@Override
	public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
		Matcher schemas = SCHEMA.matcher(sql);
		Set<String> named = schemas.results().map(match -> match.group(1)).collect(Collectors.toSet());
		if (named.size() != 1 || !this.files.containsKey(named.iterator().next())) {
			throw new IllegalArgumentException("Expected the tables of one known schema in: " + sql);
		}
		String local = SCHEMA.matcher(sql).replaceAll("");
		try (Connection connection = DriverManager.getConnection(serverUrl(named.iterator().next()), "sa", "");
				PreparedStatement statement = connection.prepareStatement(local)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				List<T> result = new ArrayList<>();
				while (rows.next()) {
					result.add(reader.read(rows));
				}
				return result;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(local, ex);
		}
	}

	/**
	 * The server of the process that holds the file, from H2's lock file (its port and
	 * key). Never the file itself: opening it here while its process is down would take
	 * it over, and the restarted process would then use this JVM's copy.
	 */
	private String serverUrl(String schema) {
		Properties lock = new Properties();
		try (Reader file = Files.newBufferedReader(Path.of(this.files.get(schema) + ".lock.db"))) {
			lock.load(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No H2 lock file for " + schema + ": is its process running?", ex);
		}
		String server = lock.getProperty("server", "");
		return "jdbc:h2:tcp://127.0.0.1:" + server.substring(server.lastIndexOf(':') + 1) + "/"
				+ lock.getProperty("id");
	}

}
