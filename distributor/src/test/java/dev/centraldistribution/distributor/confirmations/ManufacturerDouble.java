package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseConfirmation;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Plays a manufacturer over the broker: takes purchase confirmations off its queue and
 * answers with acknowledgements the way the manufacturer simulator sends them.
 */
final class ManufacturerDouble {

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final String code;

	ManufacturerDouble(RabbitTemplate rabbit, JsonMapper json, String code) {
		this.rabbit = rabbit;
		this.json = json;
		this.code = code;
	}

	/**
	 * Waits for the confirmation of an order, dropping those of other orders.
	 * @param orderId the order
	 * @return the confirmation, with its AMQP properties checked by the caller
	 */
	Received confirmationOf(long orderId) {
		AtomicReference<Received> found = new AtomicReference<>();
		// RabbitMQ may close the channel under a receive while other contexts declare the
		// same queues; the next receive opens a new one.
		await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AmqpException.class).until(() -> {
			Message message = this.rabbit.receive(MessagingTopology.purchasesQueue(this.code), 1_000);
			if (message == null) {
				return false;
			}
			PurchaseConfirmation confirmation = this.json.readValue(message.getBody(), PurchaseConfirmation.class);
			if (confirmation.orderId() == orderId) {
				found.set(new Received(confirmation, message));
			}
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * Answers a confirmation.
	 * @param confirmation what it answers
	 * @param rejectedSkus the lines it cannot supply
	 * @return the acknowledgement sent
	 */
	PurchaseAcknowledgement acknowledge(PurchaseConfirmation confirmation, List<String> rejectedSkus) {
		PurchaseAcknowledgement ack = new PurchaseAcknowledgement(UUID.randomUUID().toString(),
				PurchaseAcknowledgement.SCHEMA_VERSION, Instant.now(), this.code, confirmation.messageId(),
				confirmation.subOrderId(),
				confirmation.lines()
					.stream()
					.map((line) -> new PurchaseAcknowledgement.LineOutcome(line.sku(), line.quantity(),
							!rejectedSkus.contains(line.sku()),
							rejectedSkus.contains(line.sku()) ? "only 0 left" : null))
					.toList());
		send(ack);
		return ack;
	}

	/** Sends an acknowledgement again, as after a crash before the manufacturer acked. */
	void send(PurchaseAcknowledgement ack) {
		sendRaw(this.json.writeValueAsBytes(ack), ack.messageId(), ack.confirmationId());
	}

	void sendRaw(byte[] body, String messageId, String correlationId) {
		Message message = MessageBuilder.withBody(body)
			.setContentType("application/json")
			.setType(PurchaseAcknowledgement.TYPE)
			.setMessageId(messageId)
			.setCorrelationId(correlationId)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
		this.rabbit.send(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
				MessagingTopology.acknowledgementRoutingKey(this.code), message);
	}

	record Received(PurchaseConfirmation confirmation, Message message) {
	}

}
