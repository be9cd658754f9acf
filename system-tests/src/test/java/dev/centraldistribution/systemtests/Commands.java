package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command line tool (rabbitmqctl, nginx -t, psql) and returns what it printed. */
final class Commands {

	private Commands() {
	}

	static String run(Duration timeout, String... command) {
		Result result = tryRun(timeout, command);
		if (result.exitCode() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " exited with " + result.exitCode() + ":\n" + result.output());
		}
		return result.output();
	}

	static Result tryRun(Duration timeout, String... command) {
		try {
			Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + String.join(" ", command)
					+ " (is it installed? .ci/system-tests.sh installs what the drills need)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	record Result(int exitCode, String output) {
	}

}
