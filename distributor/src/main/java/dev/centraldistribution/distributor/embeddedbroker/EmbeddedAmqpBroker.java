package dev.centraldistribution.distributor.embeddedbroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.qpid.server.SystemLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Qpid Broker-J running in this JVM, listening on 127.0.0.1 only. Speaks AMQP
 * 0-9-1 like RabbitMQ, so the application code is the same. With a store directory its
 * queues and persistent messages live in an Apache Derby database there: a message is
 * confirmed to its publisher only once Derby has committed it (and Derby forces its log
 * to disk at commit), so a kill of the process loses no confirmed message. Without one
 * they live in memory.
 */
final class EmbeddedAmqpBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedAmqpBroker.class);

	private static final String INITIAL_CONFIGURATION = "embedded-broker/initial-config.json";

	private static final String DERBY_LOG = "derby.stream.error.file";

	private final SystemLauncher launcher = new SystemLauncher();

	private final int port;

	private final Path workDirectory;

	private final Path storeDirectory;

	private EmbeddedAmqpBroker(int port, Path workDirectory, Path storeDirectory) {
		this.port = port;
		this.workDirectory = workDirectory;
		this.storeDirectory = storeDirectory;
	}

	/**
	 * Starts a broker on the port (0 for a free one) that keeps its messages in the store
	 * directory, or in memory when it is null.
	 */
	static EmbeddedAmqpBroker start(int requestedPort, Path storeDirectory) {
		int port = (requestedPort != 0) ? requestedPort : freePort();
		try {
			Path workDirectory = (storeDirectory != null) ? Files.createDirectories(storeDirectory.toAbsolutePath())
					: Files.createTempDirectory("embedded-amqp-");
			if (storeDirectory != null && System.getProperty(DERBY_LOG) == null) {
				// Derby writes its log to derby.log in the working directory otherwise.
				System.setProperty(DERBY_LOG, workDirectory.resolve("derby.log").toString());
			}
			EmbeddedAmqpBroker broker = new EmbeddedAmqpBroker(port, workDirectory,
					(storeDirectory != null) ? workDirectory : null);
			broker.launcher.startup(broker.systemConfig());
			broker.checkListening();
			logger.info("Embedded AMQP broker listening on 127.0.0.1:{}, messages {}", port,
					(storeDirectory != null) ? "stored in " + workDirectory : "in memory only");
			return broker;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the embedded AMQP broker on port " + port
					+ ((storeDirectory != null) ? " with its store in " + storeDirectory : ""), ex);
		}
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.launcher.shutdown();
		logger.info("Embedded AMQP broker on port {} stopped", this.port);
	}

	private Map<String, Object> systemConfig() throws IOException {
		Map<String, Object> attributes = new HashMap<>();
		// The broker's own configuration (users, port, the node) comes from the initial
		// configuration at every start; the node's store keeps what the application
		// declared (queues, exchanges, bindings) and the messages.
		attributes.put("type", "Memory");
		attributes.put("initialConfigurationLocation", initialConfiguration().toUri().toString());
		attributes.put("startupLoggedToSystemOut", false);
		Map<String, String> context = new HashMap<>();
		context.put("qpid.amqp_port", String.valueOf(this.port));
		context.put("qpid.work_dir", this.workDirectory.toString());
		context.put("qpid.home_dir", this.workDirectory.toString());
		if (this.storeDirectory != null) {
			context.put("qpid.embedded.store_path", this.storeDirectory.resolve("derby").toString());
			context.put("qpid.embedded.virtual_host", "{\"type\": \"ProvidedStore\"}");
		}
		else {
			context.put("qpid.embedded.store_path", "");
			context.put("qpid.embedded.virtual_host", "{\"type\": \"Memory\"}");
		}
		attributes.put("context", context);
		return attributes;
	}

	/**
	 * The initial configuration with the node's type filled in: Qpid resolves context
	 * variables in attribute values, but not in the type that chooses an object's class.
	 */
	private Path initialConfiguration() throws IOException {
		try (InputStream template = EmbeddedAmqpBroker.class.getClassLoader()
			.getResourceAsStream(INITIAL_CONFIGURATION)) {
			if (template == null) {
				throw new IllegalStateException("Missing " + INITIAL_CONFIGURATION + " on the class path");
			}
			String nodeType = (this.storeDirectory != null) ? "DERBY" : "Memory";
			String configuration = new String(template.readAllBytes(), StandardCharsets.UTF_8)
				.replace("${qpid.embedded.node_type}", nodeType);
			return Files.writeString(this.workDirectory.resolve("initial-config.json"), configuration);
		}
	}

	/**
	 * Qpid logs a failed start and returns: the port answering is the proof that it
	 * started.
	 */
	private void checkListening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded AMQP broker does not listen on 127.0.0.1:" + this.port
					+ " after its start; its log says why", ex);
		}
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
