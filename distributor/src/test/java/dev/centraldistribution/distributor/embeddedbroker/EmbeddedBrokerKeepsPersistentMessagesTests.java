package dev.centraldistribution.distributor.embeddedbroker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persistent messages the embedded broker confirmed are still queued after it stopped or
 * was killed, when it has a store directory; without one (tests) they are gone.
 */
class EmbeddedBrokerKeepsPersistentMessagesTests {

	private static final Duration CHILD_STARTUP = Duration.ofMinutes(2);

	@TempDir
	Path store;

	@Test
	void messagesConfirmedBeforeAStopAreQueuedAfterARestartOnTheSameDirectory() throws Exception {
		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, this.store)) {
			QueueClient.publishConfirmed(broker.port(), 50);
		}

		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, this.store)) {
			assertThat(QueueClient.drain(broker.port())).containsExactlyElementsOf(QueueClient.bodies(50));
		}
	}

	@Test
	void messagesConfirmedBeforeAKillAreQueuedAfterARestartOnTheSameDirectory() throws Exception {
		int port = freePort();
		Process child = startBrokerProcess(port);
		try {
			QueueClient.publishConfirmed(port, 200);
		}
		finally {
			// SIGKILL: no shutdown hook, no store closed.
			child.destroyForcibly();
			child.waitFor(1, TimeUnit.MINUTES);
		}

		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, this.store)) {
			assertThat(QueueClient.drain(broker.port())).containsExactlyElementsOf(QueueClient.bodies(200));
		}
	}

	@Test
	void withoutAStoreDirectoryMessagesLiveInMemoryOnly() throws Exception {
		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, null)) {
			QueueClient.publishConfirmed(broker.port(), 5);
			assertThat(QueueClient.drain(broker.port())).hasSize(5);
			QueueClient.publishConfirmed(broker.port(), 5);
		}

		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, null)) {
			assertThat(QueueClient.queueExists(broker.port())).isFalse();
		}
	}

	/** The broker alone in a child JVM, so that it can be killed with SIGKILL. */
	private Process startBrokerProcess(int port) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedBrokerProcess.class.getName(), Integer.toString(port), this.store.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		AtomicBoolean ready = new AtomicBoolean();
		// A child silent past the limit is ended: readLine then returns null.
		CompletableFuture.delayedExecutor(CHILD_STARTUP.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
			if (!ready.get()) {
				child.destroyForcibly();
			}
		});
		List<String> printed = new ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			printed.add(line);
			if (line.equals(EmbeddedBrokerProcess.READY)) {
				ready.set(true);
				// Keep reading so that the child never blocks on a full pipe.
				Thread drainer = new Thread(() -> output.lines().forEach(ignored -> {
				}));
				drainer.setDaemon(true);
				drainer.start();
				return child;
			}
		}
		child.destroyForcibly();
		throw new IllegalStateException(
				"The broker process did not start within " + CHILD_STARTUP + ":\n" + String.join("\n", printed));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
