package dev.centraldistribution.distributor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The packaged default database (a file, distributor.yaml) keeps every commit that
 * returned when its process is killed: a child JVM commits rows one at a time on that URL
 * and prints each id once its commit returned; after a SIGKILL every printed id is in the
 * file. With H2's default write delay the last ~0.5 s of commits were lost.
 */
class EmbeddedDatabaseKeepsEveryCommitTests {

	private static final String PACKAGED_FILE = "jdbc:h2:file:./data/distributor;";

	private static final int COMMITS_BEFORE_KILL = 3000;

	@TempDir
	Path directory;

	@Test
	void everyCommitThatReturnedSurvivesAKill() throws Exception {
		String packaged = packagedUrl();
		assertThat(packaged).as("the packaged default database").startsWith(PACKAGED_FILE);
		String url = packaged.replace("./data/distributor", this.directory.resolve("distributor").toString());

		long lastPrinted = commitUntilKilled(url);

		assertThat(lastPrinted).isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
		assertThat(highestCommittedId(url)).as("rows found after the kill").isGreaterThanOrEqualTo(lastPrinted);
	}

	private static String packagedUrl() throws IOException {
		PropertySource<?> settings = new YamlPropertySourceLoader()
			.load("distributor", new ClassPathResource("distributor.yaml"))
			.get(0);
		return String.valueOf(settings.getProperty("spring.datasource.url"));
	}

	/** Starts the child, reads ids until enough were printed, kills it mid-stream. */
	private static long commitUntilKilled(String url) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				CommittingProcess.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		// A child stuck for minutes is ended: readLine then returns null.
		CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES).execute(child::destroyForcibly);
		long lastPrinted = 0;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				lastPrinted = Long.parseLong(line.trim());
				if (lastPrinted >= COMMITS_BEFORE_KILL) {
					break;
				}
			}
			// SIGKILL while it goes on committing: no shutdown hook, no database close.
			child.destroyForcibly();
			child.waitFor(1, TimeUnit.MINUTES);
		}
		return lastPrinted;
	}

	private static long highestCommittedId(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select coalesce(max(id), 0) from committed")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
