package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processes an earlier run started and could not stop (its JVM was killed): each started
 * process leaves its pid in a file, and the next run ends whatever is still alive.
 */
final class LeftoverProcesses {

	private LeftoverProcesses() {
	}

	static void killThoseRecordedIn(Path pidDirectory) {
		if (!Files.isDirectory(pidDirectory)) {
			return;
		}
		try (Stream<Path> files = Files.list(pidDirectory)) {
			for (Path file : files.toList()) {
				ProcessHandle.of(Long.parseLong(Files.readString(file).trim()))
					.filter(process -> process.info().command().map(LeftoverProcesses::ours).orElse(false))
					.ifPresent(ProcessHandle::destroyForcibly);
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Only a JVM or nginx: a recycled pid may belong to anything. */
	private static boolean ours(String command) {
		return command.endsWith("/java") || command.endsWith("nginx");
	}

}
