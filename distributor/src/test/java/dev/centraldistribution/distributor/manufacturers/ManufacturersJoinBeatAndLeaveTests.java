package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PresenceMessage;
import dev.centraldistribution.distributor.DistributorCoreTestApplication;
import dev.centraldistribution.distributor.ManufacturerStub;
import dev.centraldistribution.distributor.Snapshots;
import dev.centraldistribution.distributor.sync.CatalogSync;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.distributor.Snapshots.product;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.ALIVE;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.DOWN;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.LEFT;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.SUSPECT;
import static dev.centraldistribution.distributor.manufacturers.ManufacturerState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Manufacturers announce themselves, beat and leave over the broker, and two distributor
 * instances on one database and one broker agree on their states: this test's context is
 * instance A, a second context in the same JVM is instance B. Both consume presence
 * messages (competing consumers) and both run the periodic check (one per interval).
 * Heartbeats every 500 ms, so silence shows after 1.75 s; down 2 s after suspect.
 */
@SpringBootTest(properties = { ManufacturersJoinBeatAndLeaveTests.CHECKS_ON,
		ManufacturersJoinBeatAndLeaveTests.CHECK_INTERVAL, ManufacturersJoinBeatAndLeaveTests.DOWN_AFTER })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManufacturersJoinBeatAndLeaveTests {

	static final String CHECKS_ON = "distributor.presence.enabled=true";

	static final String CHECK_INTERVAL = "distributor.presence.check-interval=100ms";

	static final String DOWN_AFTER = "distributor.presence.down-after=2s";

	/** Far above every bound the test waits for, on a loaded machine. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	CatalogSync sync;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	RabbitConnectionDetails broker;

	@Autowired
	ConfigurableApplicationContext instanceA;

	ConfigurableApplicationContext instanceB;

	final Queue<ManufacturerStateChanged> changes = new ConcurrentLinkedQueue<>();

	final ScheduledExecutorService beats = Executors.newScheduledThreadPool(2);

	final List<ManufacturerStub> stubs = new ArrayList<>();

	final List<ScheduledFuture<?>> beating = new ArrayList<>();

	final List<String> codes = new ArrayList<>();

	@BeforeAll
	void startInstanceB() {
		this.instanceA.addApplicationListener(hear(this.changes));
		RabbitConnectionDetails.Address address = this.broker.getFirstAddress();
		this.instanceB = new SpringApplicationBuilder(DistributorCoreTestApplication.class).web(WebApplicationType.NONE)
			.listeners(hear(this.changes))
			// Command-line arguments win over the test configuration files.
			.run("--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"--distributor.embedded-broker.enabled=false", "--spring.rabbitmq.host=" + address.host(),
					"--spring.rabbitmq.port=" + address.port(), "--" + CHECKS_ON, "--" + CHECK_INTERVAL,
					"--" + DOWN_AFTER);
	}

	@AfterAll
	void stopInstanceB() {
		this.beats.shutdownNow();
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@AfterEach
	void forgetManufacturers() {
		this.beating.forEach((beats) -> beats.cancel(false));
		this.stubs.forEach(ManufacturerStub::close);
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void aManufacturerThatSaysHelloIsRegisteredPulledAndAlive() {
		PresenceMessages join = manufacturer("join");
		ManufacturerStub stub = stubServing(join, "DRILL-18V");

		send(join, join.hello(stub.baseUrl().toString()));
		await().atMost(PATIENCE).until(() -> this.directory.findByCode(join.code()).isPresent());
		assertThat(stateOnBoth(join)).isEqualTo(UNKNOWN);
		send(join, join.heartbeat());
		await().atMost(PATIENCE).until(() -> health(join).lastHeartbeatAt() != null);

		this.sync.pullAll();

		assertThat(stateOnBoth(join)).isEqualTo(ALIVE);
		assertThat(offerings(join)).isEqualTo(1);
		Manufacturer registered = this.directory.findByCode(join.code()).orElseThrow();
		assertThat(registered.name()).isEqualTo("Manufacturer " + join.code());
		assertThat(registered.baseUrl()).isEqualTo(stub.baseUrl());
		assertThat(this.jdbc.sql("""
				select m.adapter_kind, m.daily_capacity, m.heartbeat_interval_ms, count(c.category)
				from manufacturer m left join manufacturer_category c on c.manufacturer_id = m.id
				where m.code = :code group by m.adapter_kind, m.daily_capacity, m.heartbeat_interval_ms""")
			.param("code", join.code())
			.query((rs, row) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single()).containsExactly("native", 4_000L, 500L, 2L);
		assertThat(changesOf(join)).containsExactly(new Transition(UNKNOWN, ALIVE));
	}

	@Test
	void aManufacturerThatStopsWithoutByeIsSuspectThenDownAndAliveAgainOnceRestarted() {
		PresenceMessages crash = manufacturer("crash");
		ManufacturerStub stub = stubServing(crash, "SAW-CIRC-1400");
		alive(crash, stub);
		ScheduledFuture<?> crashBeats = beat(crash);
		// Another manufacturer keeps beating, so that silence is evidence.
		PresenceMessages other = manufacturer("other");
		alive(other, stubServing(other, "HAMMER-CLAW-450"));
		beat(other);

		crashBeats.cancel(false);
		stub.serveStatus(503);

		await().atMost(PATIENCE).until(() -> health(crash).state() == DOWN);
		assertThat(stateOnBoth(crash)).isEqualTo(DOWN);
		assertThat(changesOf(crash)).as("suspect when silent, before any pull; down 2 s later")
			.containsExactly(new Transition(UNKNOWN, ALIVE), new Transition(ALIVE, SUSPECT),
					new Transition(SUSPECT, DOWN));

		PresenceMessages restarted = new PresenceMessages(crash.code(), Clock.systemUTC());
		stub.serve(Snapshots.of(crash.code(), product("SAW-CIRC-1400", 3)));
		send(restarted, restarted.hello(stub.baseUrl().toString()));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.sql("select presence_instance from manufacturer where code = :code")
				.param("code", crash.code())
				.query(String.class)
				.single()
				.equals(restarted.instanceId()));
		beat(restarted);
		await().atMost(PATIENCE)
			.until(() -> health(crash).lastHeartbeatAt() != null
					&& health(crash).lastHeartbeatAt().isAfter(health(crash).stateSince()));
		this.sync.pullAll();

		assertThat(stateOnBoth(crash)).isEqualTo(ALIVE);
		assertThat(changesOf(crash)).containsExactly(new Transition(UNKNOWN, ALIVE), new Transition(ALIVE, SUSPECT),
				new Transition(SUSPECT, DOWN), new Transition(DOWN, ALIVE));
	}

	@Test
	void aManufacturerThatSaysByeLeavesAtOnce() {
		PresenceMessages leave = manufacturer("leave");
		alive(leave, stubServing(leave, "LEVEL-SPIRIT-60"));

		long sent = System.nanoTime();
		send(leave, leave.bye());
		await().atMost(PATIENCE).until(() -> health(leave).state() == LEFT);
		Duration took = Duration.ofNanos(System.nanoTime() - sent);

		assertThat(stateOnBoth(leave)).isEqualTo(LEFT);
		assertThat(took).as("a bye is applied as it arrives, not at the next check").isLessThan(Duration.ofSeconds(5));
		this.sync.pullAll();
		assertThat(stateOnBoth(leave)).as("its endpoint still answers, but it said bye").isEqualTo(LEFT);
		// On a broker shared with other test contexts (-Pexternal-services) one of them
		// may have applied the bye, and raised its event there.
		assertThat(changesOf(leave)).startsWith(new Transition(UNKNOWN, ALIVE))
			.isSubsetOf(new Transition(UNKNOWN, ALIVE), new Transition(ALIVE, LEFT));
	}

	/**
	 * Hello, one heartbeat, one pull. The heartbeat waits for the hello to be applied:
	 * with two consumers it could otherwise be applied first, and be refused.
	 */
	private void alive(PresenceMessages manufacturer, ManufacturerStub stub) {
		send(manufacturer, manufacturer.hello(stub.baseUrl().toString()));
		await().atMost(PATIENCE).until(() -> this.directory.findByCode(manufacturer.code()).isPresent());
		send(manufacturer, manufacturer.heartbeat());
		await().atMost(PATIENCE)
			.until(() -> this.directory.health(manufacturer.code())
				.map((health) -> health.lastHeartbeatAt() != null)
				.orElse(false));
		this.sync.pullAll();
		assertThat(stateOnBoth(manufacturer)).isEqualTo(ALIVE);
	}

	private ScheduledFuture<?> beat(PresenceMessages manufacturer) {
		long interval = PresenceMessages.HEARTBEAT_INTERVAL.toMillis();
		ScheduledFuture<?> beats = this.beats.scheduleAtFixedRate(() -> send(manufacturer, manufacturer.heartbeat()), 0,
				interval, TimeUnit.MILLISECONDS);
		this.beating.add(beats);
		return beats;
	}

	private void send(PresenceMessages manufacturer, PresenceMessage message) {
		this.rabbit.send(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, MessagingTopology.presenceRoutingKey(message),
				manufacturer.signed(message));
	}

	private PresenceMessages manufacturer(String prefix) {
		String code = TestManufacturers.uniqueCode(prefix);
		this.codes.add(code);
		return new PresenceMessages(code, Clock.systemUTC());
	}

	private ManufacturerStub stubServing(PresenceMessages manufacturer, String sku) {
		ManufacturerStub stub = ManufacturerStub.start();
		this.stubs.add(stub);
		return stub.serve(Snapshots.of(manufacturer.code(), product(sku, 5)));
	}

	private ManufacturerHealth health(PresenceMessages manufacturer) {
		return this.directory.health(manufacturer.code()).orElseThrow();
	}

	/** The state on instance A, checked to be the same on instance B. */
	private ManufacturerState stateOnBoth(PresenceMessages manufacturer) {
		ManufacturerState onA = health(manufacturer).state();
		ManufacturerState onB = this.instanceB.getBean(ManufacturerDirectory.class)
			.health(manufacturer.code())
			.orElseThrow()
			.state();
		assertThat(onB).as("state on instance B").isEqualTo(onA);
		return onA;
	}

	private long offerings(PresenceMessages manufacturer) {
		return this.jdbc.sql("""
				select count(*) from offering o join manufacturer m on m.id = o.manufacturer_id
				where m.code = :code""").param("code", manufacturer.code()).query(Long.class).single();
	}

	private List<Transition> changesOf(PresenceMessages manufacturer) {
		return this.changes.stream()
			.filter((change) -> change.code().equals(manufacturer.code()))
			.map((change) -> new Transition(change.from(), change.to()))
			.toList();
	}

	private static ApplicationListener<ApplicationEvent> hear(Queue<ManufacturerStateChanged> heard) {
		return (event) -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof ManufacturerStateChanged changed) {
				heard.add(changed);
			}
		};
	}

	record Transition(ManufacturerState from, ManufacturerState to) {
	}

}
