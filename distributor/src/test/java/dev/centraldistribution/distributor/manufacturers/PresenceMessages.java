package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PresenceMessage;
import dev.centraldistribution.contracts.PresenceSignature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;

/**
 * One manufacturer's presence messages, numbered and signed the way the simulator sends
 * them, as AMQP messages that look delivered (routing key set).
 */
final class PresenceMessages {

	/** The secret of every core test context (distributor-core-tests.yaml). */
	static final String SECRET = "presence-secret-of-the-tests";

	static final Duration HEARTBEAT_INTERVAL = Duration.ofMillis(500);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String code;

	private final Clock clock;

	private final String instanceId = UUID.randomUUID().toString();

	private final AtomicLong sequence = new AtomicLong();

	private PresenceSignature signature = new PresenceSignature(SECRET);

	PresenceMessages(String code, Clock clock) {
		this.code = code;
		this.clock = clock;
	}

	String code() {
		return this.code;
	}

	String instanceId() {
		return this.instanceId;
	}

	/** Signs what follows with another secret. */
	PresenceMessages signedWith(String secret) {
		this.signature = new PresenceSignature(secret);
		return this;
	}

	ManufacturerHello hello(String baseUrl) {
		return new ManufacturerHello(UUID.randomUUID().toString(), ManufacturerHello.SCHEMA_VERSION,
				this.clock.instant(), this.code, this.instanceId, this.sequence.incrementAndGet(),
				"Manufacturer " + this.code, new GeoLocation(48.85, 2.35), baseUrl, ManufacturerHello.CONTRACT_VERSION,
				ManufacturerHello.NATIVE_ADAPTER, List.of("power tools", "garden"), 4_000,
				HEARTBEAT_INTERVAL.toMillis());
	}

	ManufacturerHeartbeat heartbeat() {
		return new ManufacturerHeartbeat(UUID.randomUUID().toString(), ManufacturerHeartbeat.SCHEMA_VERSION,
				this.clock.instant(), this.code, this.instanceId, this.sequence.incrementAndGet());
	}

	ManufacturerBye bye() {
		return new ManufacturerBye(UUID.randomUUID().toString(), ManufacturerBye.SCHEMA_VERSION, this.clock.instant(),
				this.code, this.instanceId, this.sequence.incrementAndGet());
	}

	/** The message as delivered from the manufacturer events exchange. */
	Message signed(PresenceMessage message) {
		return signed(MessagingTopology.presenceRoutingKey(message), JSON.writeValueAsBytes(message));
	}

	/** Any body under any routing key, signed. */
	Message signed(String routingKey, byte[] body) {
		Message message = unsigned(routingKey, body);
		message.getMessageProperties().setHeader(PresenceSignature.HEADER, this.signature.sign(body));
		return message;
	}

	static Message unsigned(String routingKey, byte[] body) {
		Message message = MessageBuilder.withBody(body)
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(UUID.randomUUID().toString())
			.build();
		message.getMessageProperties().setReceivedRoutingKey(routingKey);
		return message;
	}

	static byte[] json(Object value) {
		return JSON.writeValueAsBytes(value);
	}

}
