package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-command run's topology (scripts/run-local.sh) from the packaged jars, in a
 * fresh directory and on ports of its own: the distributor on its embedded defaults (an
 * H2 file and the in-process broker with its store, both under its {@code data/}) and the
 * three manufacturers on their H2 files. Customers reach the distributor directly. Each
 * database URL is the packaged default with {@code AUTO_SERVER} added, so that the drill
 * can read the books while the processes hold the files ({@link EmbeddedDatabases}).
 */
final class EmbeddedTopology {

	private static final int DISTRIBUTOR_PORT = 29080;

	private static final int BROKER_PORT = 29073;

	private static final int FIRST_MANUFACTURER_PORT = 29081;

	private static final int FIRST_DATABASE_SERVER_PORT = 29090;

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private static final Pattern H2_FILE_URL = Pattern.compile("url: (jdbc:h2:file:\\S+)");

	final Path root = Topology.projectRoot();

	final Path runDirectory = this.root.resolve("system-tests/target/embedded-drill");

	private final Map<String, AppProcess> manufacturers = new LinkedHashMap<>();

	private AppProcess distributor;

	private EmbeddedDatabases databases;

	static EmbeddedTopology start() {
		EmbeddedTopology topology = new EmbeddedTopology();
		Runtime.getRuntime().addShutdownHook(new Thread(topology::stopAll, "embedded-topology-shutdown"));
		topology.startAll();
		return topology;
	}

	URI shop() {
		return URI.create("http://127.0.0.1:" + DISTRIBUTOR_PORT);
	}

	AppProcess distributor() {
		return this.distributor;
	}

	AppProcess manufacturer(String code) {
		return this.manufacturers.get(code);
	}

	EmbeddedDatabases databases() {
		return this.databases;
	}

	private void startAll() {
		LeftoverProcesses.killThoseRecordedIn(this.runDirectory.resolve("pids"));
		deleteRecursively(this.runDirectory);
		Map<String, Path> files = new LinkedHashMap<>();
		Path distributorDirectory = this.runDirectory.resolve("distributor");
		files.put("distributor", distributorDirectory.resolve("data/distributor"));
		this.distributor = distributorProcess(distributorDirectory);
		for (int i = 0; i < Topology.MANUFACTURER_CODES.size(); i++) {
			String code = Topology.MANUFACTURER_CODES.get(i);
			Path directory = this.runDirectory.resolve(code);
			files.put("manufacturer_" + code, directory.resolve("data/manufacturer-" + code));
			this.manufacturers.put(code, manufacturerProcess(directory, code, i));
		}
		this.databases = new EmbeddedDatabases(files);
		// All at once, as run-local.sh starts them: manufacturers connect once the
		// distributor's broker answers.
		this.distributor.start();
		this.manufacturers.values().forEach(AppProcess::start);
		this.distributor.awaitHealthy(STARTUP);
		this.manufacturers.values().forEach(manufacturer -> manufacturer.awaitHealthy(STARTUP));
	}

	private AppProcess distributorProcess(Path directory) {
		List<String> command = new ArrayList<>(java(this.root.resolve("customer-web")));
		command.addAll(List.of("--server.port=" + DISTRIBUTOR_PORT,
				"--spring.datasource.url=" + withServer(packagedUrl("distributor/src/main/resources/distributor.yaml"),
						FIRST_DATABASE_SERVER_PORT),
				"--distributor.embedded-broker.port=" + BROKER_PORT, "--distributor.sync.interval=2s",
				"--distributor.sync.initial-delay=0s", "--distributor.cycle.length=2h",
				"--management.endpoint.health.show-components=always"));
		for (int i = 0; i < Topology.MANUFACTURER_CODES.size(); i++) {
			String code = Topology.MANUFACTURER_CODES.get(i);
			String prefix = "--distributor.manufacturers[" + i + "].";
			command.add(prefix + "code=" + code);
			command.add(prefix + "name=Drill " + code);
			command.add(prefix + "base-url=http://127.0.0.1:" + (FIRST_MANUFACTURER_PORT + i));
		}
		return new AppProcess("distributor", command, directory, this.runDirectory.resolve("pids/distributor"),
				this.runDirectory.resolve("logs/distributor.log"),
				URI.create("http://127.0.0.1:" + DISTRIBUTOR_PORT + "/actuator/health"));
	}

	private AppProcess manufacturerProcess(Path directory, String code, int index) {
		int port = FIRST_MANUFACTURER_PORT + index;
		String url = packagedUrl("manufacturer-sim/src/main/resources/application.yaml").replace("${manufacturer.code}",
				code);
		List<String> command = new ArrayList<>(java(this.root.resolve("manufacturer-sim")));
		command.addAll(List.of("--manufacturer.preset=" + code, "--server.port=" + port,
				"--spring.datasource.url=" + withServer(url, FIRST_DATABASE_SERVER_PORT + 1 + index),
				"--spring.rabbitmq.port=" + BROKER_PORT, "--manufacturer.production.interval=1s",
				"--manufacturer.messaging.recovery-interval=1s"));
		// Liveness: health is DOWN while the distributor, and so the broker, is away.
		return new AppProcess(code, command, directory, this.runDirectory.resolve("pids/" + code),
				this.runDirectory.resolve("logs/" + code + ".log"),
				URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"));
	}

	/** The H2 file URL the application ships with, read from its settings. */
	private String packagedUrl(String settings) {
		try {
			Matcher url = H2_FILE_URL.matcher(Files.readString(this.root.resolve(settings)));
			if (!url.find()) {
				throw new IllegalStateException("No H2 file URL in " + settings);
			}
			return url.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String withServer(String url, int port) {
		return url + ";AUTO_SERVER=TRUE;AUTO_SERVER_PORT=" + port;
	}

	private static List<String> java(Path module) {
		String java = ProcessHandle.current().info().command().orElse("java");
		// h2.bindAddress: the AUTO_SERVER listens on 127.0.0.1 only.
		return List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Dh2.bindAddress=127.0.0.1", "-jar",
				Jars.find(module.getParent(), module.getFileName().toString()).toString());
	}

	void stopAll() {
		List<AppProcess> all = new ArrayList<>(this.manufacturers.values());
		if (this.distributor != null) {
			all.add(this.distributor);
		}
		all.parallelStream().forEach(AppProcess::stop);
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
