package dev.centraldistribution.distributor.embeddedbroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.qpid.server.SystemLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Qpid Broker-J running in this JVM with a memory store, listening on 127.0.0.1
 * only. Speaks AMQP 0-9-1 like RabbitMQ, so the application code is the same.
 */
final class EmbeddedAmqpBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedAmqpBroker.class);

	private static final String INITIAL_CONFIGURATION = "embedded-broker/initial-config.json";

	private final SystemLauncher launcher = new SystemLauncher();

	private final int port;

	private final Path workDirectory;

	private EmbeddedAmqpBroker(int port, Path workDirectory) {
		this.port = port;
		this.workDirectory = workDirectory;
	}

	static EmbeddedAmqpBroker start(int requestedPort) {
		int port = (requestedPort != 0) ? requestedPort : freePort();
		try {
			Path workDirectory = Files.createTempDirectory("embedded-amqp-");
			EmbeddedAmqpBroker broker = new EmbeddedAmqpBroker(port, workDirectory);
			broker.launcher.startup(broker.systemConfig());
			logger.info("Embedded AMQP broker listening on 127.0.0.1:{}", port);
			return broker;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the embedded AMQP broker on port " + port
					+ unsupportedJavaHint(Runtime.version().feature()), ex);
		}
	}

	/**
	 * Qpid Broker-J calls {@code Subject.getSubject}, which throws from Java 23 on (the
	 * Security Manager is gone): the embedded broker runs on Java 17 to 22 only.
	 */
	static String unsupportedJavaHint(int javaFeatureVersion) {
		return (javaFeatureVersion >= 23) ? ": the embedded broker (Qpid Broker-J) does not run on Java "
				+ javaFeatureVersion + "; run on Java 17 to 22, or use RabbitMQ (profile rabbitmq)" : "";
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.launcher.shutdown();
		logger.info("Embedded AMQP broker on port {} stopped", this.port);
	}

	private Map<String, Object> systemConfig() {
		URL initialConfiguration = EmbeddedAmqpBroker.class.getClassLoader().getResource(INITIAL_CONFIGURATION);
		if (initialConfiguration == null) {
			throw new IllegalStateException("Missing " + INITIAL_CONFIGURATION + " on the class path");
		}
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("type", "Memory");
		attributes.put("initialConfigurationLocation", initialConfiguration.toExternalForm());
		attributes.put("startupLoggedToSystemOut", false);
		attributes.put("context", Map.of("qpid.amqp_port", String.valueOf(this.port), "qpid.work_dir",
				this.workDirectory.toString(), "qpid.home_dir", this.workDirectory.toString()));
		return attributes;
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
