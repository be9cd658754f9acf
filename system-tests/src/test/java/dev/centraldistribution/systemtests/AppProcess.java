package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application of the topology running as an operating-system process, its output in a
 * log file. {@link #kill()} is {@code kill -9}: no shutdown hook, no graceful close.
 */
public final class AppProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final String name;

	private final List<String> command;

	private final Path workingDirectory;

	private final Path pidFile;

	private final Path log;

	private final URI health;

	private Process process;

	AppProcess(String name, List<String> command, Path workingDirectory, Path pidFile, Path log, URI health) {
		this.name = name;
		this.command = List.copyOf(command);
		this.workingDirectory = workingDirectory;
		this.pidFile = pidFile;
		this.log = log;
		this.health = health;
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	public synchronized AppProcess start() {
		if (isAlive()) {
			throw new IllegalStateException(this.name + " is already running");
		}
		try {
			Files.createDirectories(this.log.getParent());
			Files.createDirectories(this.workingDirectory);
			this.process = new ProcessBuilder(this.command).directory(this.workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
			Files.createDirectories(this.pidFile.getParent());
			Files.writeString(this.pidFile, Long.toString(this.process.pid()));
			return this;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + this.name + ": " + this.command, ex);
		}
	}

	/**
	 * Waits until the health endpoint answers 200, failing early if the process exits.
	 */
	public void awaitHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!isAlive()) {
				throw new IllegalStateException(this.name + " exited while starting; see " + this.log);
			}
			if (answersHealthy()) {
				return;
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException(this.name + " was not healthy after " + timeout + "; see " + this.log);
	}

	boolean answersHealthy() {
		try {
			HttpRequest request = HttpRequest.newBuilder(this.health).timeout(Duration.ofSeconds(2)).build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** SIGKILL, as a crash or the kernel's OOM killer would end it. */
	synchronized void kill() {
		if (isAlive()) {
			this.process.destroyForcibly();
			waitForExit(Duration.ofSeconds(10));
		}
	}

	/** SIGTERM and a graceful shutdown, SIGKILL after 20 s. */
	public synchronized void stop() {
		if (isAlive()) {
			this.process.destroy();
			if (!waitForExit(Duration.ofSeconds(20))) {
				kill();
			}
		}
	}

	private boolean waitForExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
