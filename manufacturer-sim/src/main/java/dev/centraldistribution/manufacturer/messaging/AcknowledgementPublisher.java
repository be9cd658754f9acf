package dev.centraldistribution.manufacturer.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * Publishes an acknowledgement to the manufacturer events exchange with routing key
 * {@code ack.<code>}, persistent, and returns once the broker confirmed it.
 */
class AcknowledgementPublisher {

	private final ConfirmedPublisher publisher;

	private final JsonMapper jsonMapper;

	AcknowledgementPublisher(ConfirmedPublisher publisher, JsonMapper jsonMapper) {
		this.publisher = publisher;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * @throws PublicationFailedException when the broker did not confirm it
	 */
	void publish(PurchaseAcknowledgement acknowledgement) {
		Message message = MessageBuilder.withBody(this.jsonMapper.writeValueAsBytes(acknowledgement))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(acknowledgement.messageId())
			.setCorrelationId(acknowledgement.confirmationId())
			.setType(PurchaseAcknowledgement.TYPE)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setTimestamp(Date.from(acknowledgement.sentAt()))
			.build();
		this.publisher.publish(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
				MessagingTopology.acknowledgementRoutingKey(acknowledgement.manufacturerCode()), message);
	}

}
