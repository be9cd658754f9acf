package dev.centraldistribution.manufacturer.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.apache.qpid.server.SystemLauncher;

/**
 * Apache Qpid Broker-J in the test JVM, memory store, 127.0.0.1 only: the broker the
 * distributor embeds, for tests that do not run against RabbitMQ. One is shared by all
 * test contexts (each consumes queues named after its own manufacturer code).
 */
final class TestAmqpBroker implements AutoCloseable {

	private static final String INITIAL_CONFIGURATION = "test-broker/initial-config.json";

	private static TestAmqpBroker shared;

	private final SystemLauncher launcher = new SystemLauncher();

	private final int port;

	private TestAmqpBroker(int port) {
		this.port = port;
	}

	/** The broker shared by the test contexts, started on first use on a free port. */
	static synchronized TestAmqpBroker shared() {
		if (shared == null) {
			shared = start(freePort());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-amqp-broker-shutdown"));
		}
		return shared;
	}

	static TestAmqpBroker start(int port) {
		TestAmqpBroker broker = new TestAmqpBroker(port);
		try {
			broker.launcher.startup(broker.systemConfig());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the test AMQP broker on port " + port, ex);
		}
		return broker;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.launcher.shutdown();
	}

	private Map<String, Object> systemConfig() throws IOException {
		URL initialConfiguration = TestAmqpBroker.class.getClassLoader().getResource(INITIAL_CONFIGURATION);
		if (initialConfiguration == null) {
			throw new IllegalStateException("Missing " + INITIAL_CONFIGURATION + " on the test class path");
		}
		String workDirectory = Files.createTempDirectory("test-amqp-").toString();
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("type", "Memory");
		attributes.put("initialConfigurationLocation", initialConfiguration.toExternalForm());
		attributes.put("startupLoggedToSystemOut", false);
		attributes.put("context", Map.of("qpid.amqp_port", String.valueOf(this.port), "qpid.work_dir", workDirectory,
				"qpid.home_dir", workDirectory));
		return attributes;
	}

}
