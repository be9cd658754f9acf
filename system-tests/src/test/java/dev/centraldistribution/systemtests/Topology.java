package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/**
 * The production-like topology of docs/architecture.md on this machine, started from the
 * packaged jars: two distributor instances and three manufacturers on PostgreSQL
 * (database {@code cd_drills}) and RabbitMQ (virtual host {@code cd-drills}), nginx in
 * front. Started once for all drills; logs under {@code system-tests/target/drills/}.
 */
final class Topology {

	static final List<String> MANUFACTURER_CODES = List.of("acme", "globex", "initech");

	/**
	 * A shop (preset {@code vandelay}: {@code manufacturer.api=shop}, no messaging) that
	 * the instances know from their configured list with {@code adapter=shop}. Started
	 * only by the drills that need it ({@link #startShop()}): until then its pulls fail
	 * and it has no offerings, so the other drills see the three manufacturers of our
	 * contract.
	 */
	static final String SHOP_CODE = "vandelay";

	private static final int SHOP_PORT = 28086;

	static final int NGINX_PORT = 28000;

	/** The operator of the drills' instances: their metrics are read with it. */
	static final String OPERATOR_EMAIL = "operator@localhost";

	static final String OPERATOR_PASSWORD = "drills operator passphrase";

	private static final int FIRST_DISTRIBUTOR_PORT = 28080;

	private static final int FIRST_MANUFACTURER_PORT = 28081;

	private static final int DISTRIBUTOR_COUNT = 2;

	private static final Duration STARTUP = Duration.ofSeconds(240);

	private static final Pattern ACCESS_LOG_UPSTREAM = Pattern
		.compile("upstream=(?:[\\d.:]+, )*127\\.0\\.0\\.1:(\\d+) ");

	private static Topology shared;

	/** Signs and checks the manufacturers' presence messages; one for every process. */
	private final String presenceSecret = "drills-" + UUID.randomUUID();

	final Path root = projectRoot();

	final Path runDirectory = this.root.resolve("system-tests/target/drills");

	final DrillDatabase database = new DrillDatabase("cd_drills");

	final RabbitBroker broker = new RabbitBroker("cd-drills");

	private final Map<String, AppProcess> manufacturers = new LinkedHashMap<>();

	private final List<AppProcess> distributors = new ArrayList<>();

	private AppProcess nginx;

	private AppProcess shop;

	private Topology() {
	}

	static synchronized Topology shared() {
		if (shared == null) {
			Topology topology = new Topology();
			Runtime.getRuntime().addShutdownHook(new Thread(topology::stopAll, "topology-shutdown"));
			topology.startAll();
			shared = topology;
		}
		return shared;
	}

	URI nginx() {
		return URI.create("http://127.0.0.1:" + NGINX_PORT);
	}

	AppProcess manufacturer(String code) {
		return this.manufacturers.get(code);
	}

	/** Starts the shop, once; later calls return it as it is (alive or killed). */
	synchronized AppProcess startShop() {
		if (this.shop == null) {
			this.shop = shopProcess(Jars.find(this.root, "manufacturer-sim"));
			this.shop.start().awaitHealthy(STARTUP);
		}
		return this.shop;
	}

	/** The shop's process, or nothing when no drill started it. */
	Optional<AppProcess> shop() {
		return Optional.ofNullable(this.shop);
	}

	/**
	 * How many {@code GET /api/offerings} the manufacturer answered since it started,
	 * from its own metrics.
	 */
	long offeringsRequestsServed(String code) {
		URI metrics = URI.create("http://127.0.0.1:" + (FIRST_MANUFACTURER_PORT + MANUFACTURER_CODES.indexOf(code))
				+ "/actuator/prometheus");
		return PrometheusText.sum(metrics, "http_server_requests_seconds_count", "uri=\"/api/offerings\"");
	}

	/**
	 * Waits until nginx passes requests to this instance again: after failures nginx
	 * leaves an instance out for fail_timeout and only then tries it with a real request.
	 */
	void awaitNginxRoutesTo(AppProcess instance) {
		String upstream = "upstream=127.0.0.1:" + portOf(instance) + " upstream_status=200";
		Path accessLog = this.runDirectory.resolve("nginx/logs/access.log");
		Awaitility.await("nginx routing to " + instance)
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				long seen;
				try (Stream<String> lines = Files.lines(accessLog)) {
					seen = lines.count();
				}
				for (int i = 0; i < 4; i++) {
					this.nginx.answersHealthy();
				}
				try (Stream<String> lines = Files.lines(accessLog)) {
					return lines.skip(seen).anyMatch((line) -> line.contains(upstream));
				}
			});
	}

	/** A series of the distributor's metrics, summed over the instances. */
	long distributorSeries(String series) {
		return IntStream.range(0, this.distributors.size())
			.mapToLong((index) -> PrometheusText.sum(distributorUri(index).resolve("/actuator/prometheus"), series, "",
					operatorBasicAuthorization()))
			.sum();
	}

	/** Runs of a cluster-wide scheduled job, summed over the distributor instances. */
	long scheduledRuns(String job) {
		return IntStream.range(0, this.distributors.size())
			.mapToLong((index) -> PrometheusText.sum(distributorUri(index).resolve("/actuator/prometheus"),
					"distributor_scheduled_runs_total", "job=\"" + job + "\"", operatorBasicAuthorization()))
			.sum();
	}

	/**
	 * The distributor instance that answered the latest request for this path (when nginx
	 * tried several, the access log lists them all and the last one answered).
	 */
	AppProcess distributorThatServedLatest(String path) {
		List<String> lines;
		try {
			lines = Files.readAllLines(this.runDirectory.resolve("nginx/logs/access.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int i = lines.size() - 1; i >= 0; i--) {
			Matcher line = ACCESS_LOG_UPSTREAM.matcher(lines.get(i));
			if (lines.get(i).contains(" " + path + " ") && line.find()) {
				int port = Integer.parseInt(line.group(1));
				return this.distributors.get((port - FIRST_DISTRIBUTOR_PORT) / 10);
			}
		}
		throw new IllegalStateException("nginx logged no request for " + path);
	}

	List<AppProcess> distributors() {
		return List.copyOf(this.distributors);
	}

	URI distributorUri(int index) {
		return URI.create("http://127.0.0.1:" + (FIRST_DISTRIBUTOR_PORT + 10 * index));
	}

	private void startAll() {
		Path distributorJar = Jars.find(this.root, "customer-web");
		Path manufacturerJar = Jars.find(this.root, "manufacturer-sim");
		NginxRunDirectory nginxRun = new NginxRunDirectory(this.root.resolve("load-balancer/nginx.conf"),
				this.runDirectory.resolve("nginx"));
		LeftoverProcesses.killThoseRecordedIn(this.runDirectory.resolve("pids"));
		recreateDirectory(this.runDirectory.resolve("logs"));
		this.database.recreateSchemas(
				Stream
					.concat(Stream.of("distributor", "manufacturer_" + SHOP_CODE),
							MANUFACTURER_CODES.stream().map(code -> "manufacturer_" + code))
					.toList());
		this.broker.recreateVirtualHost();
		for (int i = 0; i < MANUFACTURER_CODES.size(); i++) {
			String code = MANUFACTURER_CODES.get(i);
			this.manufacturers.put(code, manufacturerProcess(manufacturerJar, code, FIRST_MANUFACTURER_PORT + i));
		}
		// The first instance migrates the schema alone; the second starts on a migrated
		// one.
		AppProcess first = distributorProcess(distributorJar, 0).start();
		this.manufacturers.values().forEach(AppProcess::start);
		first.awaitHealthy(STARTUP);
		this.distributors.add(first);
		for (int i = 1; i < DISTRIBUTOR_COUNT; i++) {
			this.distributors.add(distributorProcess(distributorJar, i).start());
		}
		this.distributors.forEach(distributor -> distributor.awaitHealthy(STARTUP));
		this.manufacturers.values().forEach(manufacturer -> manufacturer.awaitHealthy(STARTUP));
		this.nginx = nginxRun.process(NGINX_PORT, this.distributors.stream().map(this::portOf).toList(),
				this.runDirectory.resolve("pids/nginx"), this.runDirectory.resolve("logs/nginx.log"));
		this.nginx.start().awaitHealthy(Duration.ofSeconds(30));
	}

	private static String operatorBasicAuthorization() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((OPERATOR_EMAIL + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private int portOf(AppProcess distributor) {
		return FIRST_DISTRIBUTOR_PORT + 10 * this.distributors.indexOf(distributor);
	}

	private AppProcess distributorProcess(Path jar, int index) {
		int port = FIRST_DISTRIBUTOR_PORT + 10 * index;
		List<String> command = new ArrayList<>(java(jar));
		command.addAll(List.of("--spring.profiles.active=postgres,rabbitmq", "--server.port=" + port,
				"--spring.datasource.url=" + this.database.jdbcUrl("distributor"),
				"--spring.rabbitmq.virtual-host=" + this.broker.virtualHost(), "--distributor.sync.interval=2s",
				"--distributor.sync.initial-delay=0s", "--distributor.cycle.length=2h",
				"--spring.datasource.hikari.maximum-pool-size=10", "--spring.datasource.hikari.minimum-idle=2",
				"--management.endpoint.health.show-components=always",
				"--distributor.presence.secret=" + this.presenceSecret,
				"--distributor.operator.email=" + OPERATOR_EMAIL,
				"--distributor.operator.password=" + OPERATOR_PASSWORD,
				// nginx, and the drills' own requests to an instance, come from
				// 127.0.0.1.
				"--distributor.security.trusted-proxies=127.0.0.1"));
		for (int i = 0; i < MANUFACTURER_CODES.size(); i++) {
			String code = MANUFACTURER_CODES.get(i);
			String prefix = "--distributor.manufacturers[" + i + "].";
			command.add(prefix + "code=" + code);
			command.add(prefix + "name=Drill " + code);
			command.add(prefix + "base-url=http://127.0.0.1:" + (FIRST_MANUFACTURER_PORT + i));
		}
		String shop = "--distributor.manufacturers[" + MANUFACTURER_CODES.size() + "].";
		command.addAll(List.of(shop + "code=" + SHOP_CODE, shop + "name=Drill shop " + SHOP_CODE,
				shop + "base-url=http://127.0.0.1:" + SHOP_PORT, shop + "adapter=shop",
				// A shop killed for a while is retried, not given up.
				"--distributor.adapters.shop.max-attempts=1000"));
		return new AppProcess("distributor-" + (index + 1), command, this.runDirectory,
				this.runDirectory.resolve("pids/distributor-" + (index + 1)),
				this.runDirectory.resolve("logs/distributor-" + (index + 1) + ".log"),
				URI.create("http://127.0.0.1:" + port + "/actuator/health"));
	}

	private AppProcess manufacturerProcess(Path jar, String code, int port) {
		List<String> command = new ArrayList<>(java(jar));
		command.addAll(List.of("--manufacturer.preset=" + code, "--server.port=" + port,
				"--spring.profiles.active=postgres,rabbitmq",
				"--spring.datasource.url=" + this.database.jdbcUrl("manufacturer_" + code),
				"--spring.rabbitmq.virtual-host=" + this.broker.virtualHost(), "--manufacturer.production.interval=1s",
				"--manufacturer.messaging.recovery-interval=1s",
				"--manufacturer.presence.secret=" + this.presenceSecret,
				// Parcels ship minutes after a purchase, so that a drill's cancellations
				// meet parcels not shipped yet; the simulator's own tests ship them.
				"--manufacturer.shipping.delay=3m"));
		// Liveness, not health: /actuator/health is DOWN while the broker is away, which
		// is
		// exactly when the drills restart manufacturers.
		return new AppProcess(code, command, this.runDirectory, this.runDirectory.resolve("pids/" + code),
				this.runDirectory.resolve("logs/" + code + ".log"),
				URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"));
	}

	private AppProcess shopProcess(Path jar) {
		List<String> command = new ArrayList<>(java(jar));
		command.addAll(List.of("--manufacturer.preset=" + SHOP_CODE, "--server.port=" + SHOP_PORT,
				"--spring.profiles.active=postgres", "--manufacturer.messaging.enabled=false",
				"--spring.datasource.url=" + this.database.jdbcUrl("manufacturer_" + SHOP_CODE),
				"--manufacturer.production.interval=1s", "--manufacturer.shipping.delay=3m"));
		return new AppProcess(SHOP_CODE, command, this.runDirectory, this.runDirectory.resolve("pids/" + SHOP_CODE),
				this.runDirectory.resolve("logs/" + SHOP_CODE + ".log"),
				URI.create("http://127.0.0.1:" + SHOP_PORT + "/actuator/health/readiness"));
	}

	private static List<String> java(Path jar) {
		String java = ProcessHandle.current().info().command().orElse("java");
		return List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString());
	}

	void stopAll() {
		this.broker.ensureRunning();
		List<AppProcess> all = new ArrayList<>(this.distributors);
		all.addAll(this.manufacturers.values());
		if (this.nginx != null) {
			all.add(this.nginx);
		}
		if (this.shop != null) {
			all.add(this.shop);
		}
		all.parallelStream().forEach(AppProcess::stop);
	}

	static Path projectRoot() {
		String configured = System.getProperty("system-tests.project-root");
		Path root = (configured != null) ? Path.of(configured) : Path.of("..").toAbsolutePath().normalize();
		if (!Files.isRegularFile(root.resolve("mvnw"))) {
			throw new IllegalStateException("Not the project root (no mvnw): " + root);
		}
		return root;
	}

	private static void recreateDirectory(Path directory) {
		try {
			if (Files.isDirectory(directory)) {
				try (Stream<Path> files = Files.list(directory)) {
					for (Path file : files.toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
