package dev.centraldistribution.manufacturer.presence;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PresenceMessage;
import dev.centraldistribution.contracts.PresenceSignature;
import dev.centraldistribution.manufacturer.messaging.ConfirmedPublisher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * Publishes a presence message on {@code manufacturer.events} with the routing key
 * {@code <kind>.<code>}, signed over its exact body bytes, and returns once the broker
 * confirmed it was routed to a queue. Hellos and byes are persistent; heartbeats are not:
 * one lost with a broker is worth nothing by the time the broker is back. (No per-message
 * expiration: the embedded broker drops such messages at once. Heartbeats that waited in
 * the queue while no distributor ran are refused as too old when one starts.)
 */
final class PresencePublisher {

	private final ConfirmedPublisher publisher;

	private final JsonMapper jsonMapper;

	private final PresenceSignature signature;

	PresencePublisher(ConfirmedPublisher publisher, JsonMapper jsonMapper, PresenceSignature signature) {
		this.publisher = publisher;
		this.jsonMapper = jsonMapper;
		this.signature = signature;
	}

	/**
	 * @throws dev.centraldistribution.manufacturer.messaging.PublicationFailedException
	 * when the broker did not take it
	 */
	void publish(PresenceMessage message) {
		byte[] body = this.jsonMapper.writeValueAsBytes(message);
		boolean heartbeat = message instanceof ManufacturerHeartbeat;
		Message amqp = MessageBuilder.withBody(body)
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(message.messageId())
			.setType(type(message))
			.setTimestamp(Date.from(message.sentAt()))
			.setHeader(PresenceSignature.HEADER, this.signature.sign(body))
			.setDeliveryMode(heartbeat ? MessageDeliveryMode.NON_PERSISTENT : MessageDeliveryMode.PERSISTENT)
			.build();
		this.publisher.publish(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
				MessagingTopology.presenceRoutingKey(message), amqp);
	}

	private static String type(PresenceMessage message) {
		if (message instanceof ManufacturerHello) {
			return ManufacturerHello.TYPE;
		}
		return (message instanceof ManufacturerBye) ? ManufacturerBye.TYPE : ManufacturerHeartbeat.TYPE;
	}

}
