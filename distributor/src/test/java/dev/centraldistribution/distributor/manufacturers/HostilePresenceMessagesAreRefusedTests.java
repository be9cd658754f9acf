package dev.centraldistribution.distributor.manufacturers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.BAD_BASE_URL;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.BAD_SIGNATURE;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.CODE_TAKEN;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.INVALID;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.MISSING_SIGNATURE;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.OUT_OF_TIME;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.OVERSIZED;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.RATE_LIMITED;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.REPLAYED;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.SELF_BASE_URL;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.UNKNOWN_MANUFACTURER;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.UNKNOWN_VERSION;
import static dev.centraldistribution.distributor.manufacturers.PresenceRejection.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Hostile or broken presence messages, one per row: each is refused with one clear log
 * line (nothing the sender wrote printed raw) and a count under its reason, acked (or
 * dead-lettered when unreadable), and never registers or changes a manufacturer.
 */
@SpringBootTest(properties = { "distributor.presence.max-hellos-per-minute=3",
		"distributor.presence.own-port=" + HostilePresenceMessagesAreRefusedTests.OWN_PORT,
		"distributor.presence.forbidden-base-urls[0]=http://shop.example:8000" })
@ExtendWith(OutputCaptureExtension.class)
class HostilePresenceMessagesAreRefusedTests {

	static final int OWN_PORT = 30080;

	/** Where the well-behaved manufacturers of these tests say they are. */
	static final String ELSEWHERE = "http://127.0.0.1:30099";

	@Autowired
	PresenceListener listener;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	final List<String> codes = new ArrayList<>();

	@AfterEach
	void forgetManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	static Stream<Arguments> hostileMessages() {
		return Stream.of(
				row("no signature", MISSING_SIGNATURE,
						(m) -> PresenceMessages.unsigned("hello." + m.code(),
								PresenceMessages.json(m.presence().hello(ELSEWHERE)))),
				row("signed with another secret", BAD_SIGNATURE,
						(m) -> m.presence()
							.signedWith("another-secret-of-some-length")
							.signed(m.presence().hello(ELSEWHERE))),
				row("body changed after signing", BAD_SIGNATURE, (m) -> {
					Message signed = m.presence().signed(m.presence().hello("http://127.0.0.1:30098"));
					byte[] body = signed.getBody();
					int port = new String(body, StandardCharsets.UTF_8).indexOf("30098");
					body[port + 4] = '7';
					return signed;
				}),
				row("unknown schema version", UNKNOWN_VERSION,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).schemaVersion(2))),
				row("unknown contract version", UNKNOWN_VERSION,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).contractVersion(7))),
				row("sent an hour ago", OUT_OF_TIME,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).sentAgo(Duration.ofHours(1)))),
				row("sent an hour ahead", OUT_OF_TIME,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).sentAgo(Duration.ofHours(-1)))),
				row("base URL not http", BAD_BASE_URL, (m) -> m.hello(m.presence().hello("ftp://127.0.0.1:30099/"))),
				row("base URL relative", BAD_BASE_URL, (m) -> m.hello(m.presence().hello("/api/offerings"))),
				row("base URL with credentials", BAD_BASE_URL,
						(m) -> m.hello(m.presence().hello("http://admin:secret@127.0.0.1:30099"))),
				row("base URL not a URL", BAD_BASE_URL, (m) -> m.hello(m.presence().hello("http://exa mple\n:80"))),
				row("base URL of this distributor on loopback", SELF_BASE_URL,
						(m) -> m.hello(m.presence().hello("http://127.0.0.1:" + OWN_PORT))),
				row("base URL of this distributor by name", SELF_BASE_URL,
						(m) -> m.hello(m.presence().hello("http://LOCALHOST:" + OWN_PORT + "/"))),
				row("base URL of this distributor over IPv6", SELF_BASE_URL,
						(m) -> m.hello(m.presence().hello("http://[::1]:" + OWN_PORT))),
				row("base URL of this distributor's load balancer", SELF_BASE_URL,
						(m) -> m.hello(m.presence().hello("http://shop.example:8000/"))),
				row("name with terminal escapes and a forged log line", INVALID,
						(m) -> m.hello(
								new Hello(m.presence().hello(ELSEWHERE)).name("Evil\u001b[31m\nINFO forged log line"))),
				row("location off the earth", INVALID,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).location(new GeoLocation(91, 0)))),
				row("heartbeat interval of zero", INVALID,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).heartbeatIntervalMillis(0))),
				row("unknown adapter kind", INVALID,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).adapterKind("telepathy"))),
				row("a thousand categories", INVALID,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE))
							.categories(IntStream.range(0, 1000).mapToObj((i) -> "category " + i).toList()))),
				row("code held by a manufacturer elsewhere", CODE_TAKEN, (m) -> {
					m.accept(m.presence().signed(m.presence().hello(ELSEWHERE)));
					return m.hello(m.presence().hello("http://127.0.0.1:30097"));
				}), row("a flood of hellos", RATE_LIMITED, (m) -> {
					for (int i = 0; i < 3; i++) {
						m.accept(m.presence().signed(m.presence().hello(ELSEWHERE)));
					}
					return m.hello(new Hello(m.presence().hello(ELSEWHERE)).name("Renamed by a flood"));
				}), row("hello replayed", REPLAYED, (m) -> {
					Message hello = m.presence().signed(m.presence().hello(ELSEWHERE));
					m.accept(hello);
					return hello;
				}), row("heartbeat out of order", REPLAYED, (m) -> {
					m.accept(m.presence().signed(m.presence().hello(ELSEWHERE)));
					Message late = m.presence().signed(m.presence().heartbeat());
					m.accept(m.presence().signed(m.presence().heartbeat()));
					return late;
				}),
				row("heartbeat from an unknown code", UNKNOWN_MANUFACTURER,
						(m) -> m.presence().signed(m.presence().heartbeat())),
				row("bye from an unknown code", UNKNOWN_MANUFACTURER, (m) -> m.presence().signed(m.presence().bye())),
				row("oversized", OVERSIZED, (m) -> {
					byte[] body = new byte[16 * 1024 + 1];
					Arrays.fill(body, (byte) ' ');
					return m.presence().signed("hello." + m.code(), body);
				}),
				row("not JSON", UNREADABLE,
						(m) -> m.presence()
							.signed("hello." + m.code(), "{\"not\": json".getBytes(StandardCharsets.UTF_8))),
				row("routing key names another manufacturer", UNREADABLE,
						(m) -> m.presence()
							.signed("hello.somebody-else", PresenceMessages.json(m.presence().hello(ELSEWHERE)))),
				row("routing key names no kind of message", UNREADABLE,
						(m) -> m.presence()
							.signed("ping." + m.code(), PresenceMessages.json(m.presence().heartbeat()))),
				row("no instance id", UNREADABLE,
						(m) -> m.hello(new Hello(m.presence().hello(ELSEWHERE)).instanceId(null))));
	}

	@ParameterizedTest
	@MethodSource("hostileMessages")
	void isRefusedWithALogLineAndACountAndNeverChangesAManufacturer(Attack attack, PresenceRejection reason,
			CapturedOutput output) throws IOException {
		Manufacturer manufacturer = new Manufacturer(TestManufacturers.uniqueCode("hostile"));
		this.codes.add(manufacturer.code());
		Message hostile = attack.prepare(manufacturer);
		List<Map<String, Object>> before = row(manufacturer.code());
		double refusedBefore = refused(reason);
		Channel channel = mock(Channel.class);

		this.listener.on(hostile, channel);

		verify(channel).basicAck(hostile.getMessageProperties().getDeliveryTag(), false);
		assertThat(refused(reason)).isEqualTo(refusedBefore + 1);
		assertThat(row(manufacturer.code())).as("the manufacturer as it was").isEqualTo(before);
		String line = output.getAll()
			.lines()
			.filter((logged) -> logged.contains("Refused presence message")
					&& logged.contains(hostile.getMessageProperties().getMessageId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no log line for " + reason));
		assertThat(line).contains("(" + reason.tag() + ")");
		assertThat(output.getAll()).doesNotContain("\u001b").doesNotContain("\nINFO forged");
		if (reason.isDeadLettered()) {
			assertThat(deadLettered(hostile.getMessageProperties().getMessageId()))
				.containsEntry(PresenceDeadLetters.REASON_HEADER, reason.tag());
		}
	}

	private double refused(PresenceRejection reason) {
		return this.meters.get(PresenceMetrics.REJECTED).tag("reason", reason.tag()).counter().count();
	}

	private List<Map<String, Object>> row(String code) {
		return this.jdbc.sql("""
				select m.*, (select count(*) from manufacturer_category c where c.manufacturer_id = m.id) categories
				from manufacturer m where m.code = :code""").param("code", code).query().listOfRows();
	}

	private Map<String, Object> deadLettered(String messageId) {
		for (int i = 0; i < 100; i++) {
			Message message = this.rabbit.receive(MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE, 1_000);
			if (message != null && messageId.equals(message.getMessageProperties().getMessageId())) {
				return message.getMessageProperties().getHeaders();
			}
		}
		throw new AssertionError("message " + messageId + " was not dead-lettered");
	}

	private static Arguments row(String description, PresenceRejection reason, Attack attack) {
		return Arguments.of(Named.of(description, attack), reason);
	}

	/** Prepares what to send last, sending first what it needs accepted. */
	@FunctionalInterface
	interface Attack {

		Message prepare(Manufacturer manufacturer);

	}

	/** The manufacturer a row plays, under a code of its own. */
	final class Manufacturer {

		private final PresenceMessages presence;

		Manufacturer(String code) {
			this.presence = new PresenceMessages(code, Clock.systemUTC());
		}

		String code() {
			return this.presence.code();
		}

		PresenceMessages presence() {
			return this.presence;
		}

		Message hello(Hello hello) {
			return this.presence.signed(hello.build());
		}

		Message hello(ManufacturerHello hello) {
			return this.presence.signed(hello);
		}

		/** Sends a message that is to be accepted. */
		void accept(Message message) {
			try {
				HostilePresenceMessagesAreRefusedTests.this.listener.on(message, mock(Channel.class));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
