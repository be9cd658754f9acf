package dev.centraldistribution.manufacturer.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.PresenceSignature;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.ManufacturerApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manufacturer tells the distributor it is there: a signed hello as soon as a queue
 * takes it (the first ones find none and are said again), heartbeats numbered after it,
 * and bye when it stops cleanly. Without a secret it says nothing and still serves its
 * offerings. On the in-process broker shared by the tests, with a queue of the test's own
 * playing the distributor's presence queue.
 */
@ExtendWith(OutputCaptureExtension.class)
class ManufacturerAnnouncesItselfTests {

	private static final String SECRET = "presence-secret-of-the-tests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String code = TestCodes.unique();

	private final String presenceQueue = "test.presence." + this.code;

	private final TestAmqpBroker broker = TestAmqpBroker.shared();

	private CachingConnectionFactory connections;

	private RabbitAdmin admin;

	private RabbitTemplate rabbit;

	@BeforeEach
	void connect() {
		this.connections = new CachingConnectionFactory("127.0.0.1", this.broker.port());
		this.connections.setUsername("guest");
		this.connections.setPassword("guest");
		this.admin = new RabbitAdmin(this.connections);
		this.rabbit = new RabbitTemplate(this.connections);
	}

	@AfterEach
	void disconnect() {
		this.admin.deleteQueue(this.presenceQueue);
		this.admin.deleteQueue(MessagingTopology.purchasesQueue(this.code));
		this.admin.deleteQueue(MessagingTopology.deadLetterQueue(this.code));
		this.connections.destroy();
	}

	@Test
	void saysHelloOnceADistributorListensThenBeatsAndSaysByeWhenStopped(CapturedOutput output) {
		ConfigurableApplicationContext manufacturer = start("--manufacturer.presence.secret=" + SECRET);
		int port = manufacturer.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		await().atMost(Duration.ofSeconds(60)).until(() -> output.getAll().contains("Presence not delivered"));

		listenAsTheDistributor();
		Message first = receive();
		ManufacturerHello hello = read(first, ManufacturerHello.class);
		List<ManufacturerHeartbeat> heartbeats = new ArrayList<>();
		while (heartbeats.size() < 3) {
			Message next = receive();
			assertThat(next.getMessageProperties().getType()).isEqualTo(ManufacturerHeartbeat.TYPE);
			heartbeats.add(read(next, ManufacturerHeartbeat.class));
		}
		manufacturer.close();
		ManufacturerBye bye = null;
		while (bye == null) {
			Message next = receive();
			if (ManufacturerBye.TYPE.equals(next.getMessageProperties().getType())) {
				bye = read(next, ManufacturerBye.class);
			}
		}

		assertThat(first.getMessageProperties().getType()).isEqualTo(ManufacturerHello.TYPE);
		assertThat(first.getMessageProperties().getReceivedRoutingKey()).isEqualTo("hello." + this.code);
		assertThat(hello.manufacturerCode()).isEqualTo(this.code);
		assertThat(hello.name()).isEqualTo("Test Manufacturing");
		assertThat(hello.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
		assertThat(hello.location().latitude()).isEqualTo(48.8566);
		assertThat(hello.contractVersion()).isEqualTo(ManufacturerHello.CONTRACT_VERSION);
		assertThat(hello.adapterKind()).isEqualTo("native");
		assertThat(hello.categories()).containsExactly("fasteners", "power tools");
		// 3 + 2 + 50 units per tick, a tick every 5 s.
		assertThat(hello.dailyCapacity()).isEqualTo(55L * 17_280);
		assertThat(hello.heartbeatIntervalMillis()).isEqualTo(200);
		assertThat(heartbeats).extracting(ManufacturerHeartbeat::instanceId).containsOnly(hello.instanceId());
		assertThat(heartbeats).extracting(ManufacturerHeartbeat::sequence)
			.isSorted()
			.allMatch((n) -> n > hello.sequence());
		assertThat(bye.instanceId()).isEqualTo(hello.instanceId());
		assertThat(bye.sequence()).isGreaterThan(heartbeats.get(2).sequence());
	}

	@Test
	void withoutASecretSaysNothingAndStillServesItsOfferings(CapturedOutput output) throws InterruptedException {
		listenAsTheDistributor();
		ConfigurableApplicationContext manufacturer = start();
		try {
			int port = manufacturer.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(LocalHttp.get(port, OfferingsSnapshot.PATH).statusCode()).isEqualTo(200);
			assertThat(output.getAll())
				.contains("manufacturer.presence.secret (MANUFACTURER_PRESENCE_SECRET) is not set");
			// Ten heartbeat intervals.
			assertThat(this.rabbit.receive(this.presenceQueue, 2_000)).isNull();
		}
		finally {
			manufacturer.close();
		}
	}

	private void listenAsTheDistributor() {
		this.admin.declareQueue(new Queue(this.presenceQueue, false, false, false));
		for (String kind : List.of(ManufacturerHello.KIND, ManufacturerHeartbeat.KIND, ManufacturerBye.KIND)) {
			this.admin.declareBinding(new Binding(this.presenceQueue, Binding.DestinationType.QUEUE,
					MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, MessagingTopology.eventRoutingKey(kind, this.code),
					null));
		}
	}

	private Message receive() {
		Message message = this.rabbit.receive(this.presenceQueue, 30_000);
		assertThat(message).as("a presence message within 30 s").isNotNull();
		Object signature = message.getMessageProperties().getHeaders().get(PresenceSignature.HEADER);
		assertThat(new PresenceSignature(SECRET).matches(message.getBody(), String.valueOf(signature)))
			.as("signed over its body with the shared secret")
			.isTrue();
		return message;
	}

	private static <T> T read(Message message, Class<T> type) {
		return JSON.readValue(message.getBody(), type);
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--manufacturer.messaging.enabled=true",
				"--manufacturer.code=" + this.code, "--manufacturer.messaging.queue-type=classic",
				"--manufacturer.presence.heartbeat-interval=200ms", "--spring.rabbitmq.host=127.0.0.1",
				"--spring.rabbitmq.port=" + this.broker.port(), "--spring.rabbitmq.username=guest",
				"--spring.rabbitmq.password=guest", "--test.database-name=presence-" + UUID.randomUUID()));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(ManufacturerApplication.class).logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
	}

}
