package dev.centraldistribution.distributor.messaging;

import java.util.Objects;

/**
 * A message to publish once the transaction that writes it commits.
 *
 * @param messageId unique and stable: consumers deduplicate by it
 * @param exchange the exchange to publish to
 * @param routingKey the routing key
 * @param type the message type, sent as the AMQP {@code type} property
 * @param payload the body, written as JSON
 */
public record OutgoingMessage(String messageId, String exchange, String routingKey, String type, Object payload) {

	public OutgoingMessage {
		Objects.requireNonNull(messageId, "messageId");
		Objects.requireNonNull(exchange, "exchange");
		Objects.requireNonNull(routingKey, "routingKey");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payload, "payload");
	}

}
