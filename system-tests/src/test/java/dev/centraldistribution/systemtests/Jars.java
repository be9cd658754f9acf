package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The runnable jars the build packaged; the drills start these, never the classes. */
final class Jars {

	private Jars() {
	}

	static Path find(Path root, String module) {
		Path target = root.resolve(module).resolve("target");
		try (Stream<Path> files = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
			return files.filter(file -> file.getFileName().toString().matches(module + "-[^/]*(?<!-plain)\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No runnable jar in " + target
						+ ": build it first (./mvnw -DskipTests package), .ci/system-tests.sh does"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
