package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Plays a manufacturer over the broker: takes purchase confirmations off its queue and
 * answers with acknowledgements, shipment and delivery reports the way the manufacturer
 * simulator sends them.
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
	 * Waits for the confirmation of an order, dropping those of other orders. The
	 * double's own channel may be closed under it by the broker (RabbitMQ closes a
	 * publisher-confirm channel another test's queue deletion touched); that is the
	 * test's channel, not the distributor's, so it receives again on a new one.
	 * @param orderId the order
	 * @return the confirmation, with its AMQP properties checked by the caller
	 */
	Received confirmationOf(long orderId) {
		AtomicReference<Received> found = new AtomicReference<>();
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
	 * Waits for the confirmations of several orders, in whatever order the relay sent
	 * them, dropping those of other orders; on a new channel when the broker closes the
	 * double's own (see {@link #confirmationOf(long)}).
	 * @param orderIds the orders
	 * @return each order's confirmation by order id
	 */
	Map<Long, PurchaseConfirmation> confirmationsOf(Collection<Long> orderIds) {
		Map<Long, PurchaseConfirmation> found = new ConcurrentHashMap<>();
		await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(AmqpException.class).until(() -> {
			Message message = this.rabbit.receive(MessagingTopology.purchasesQueue(this.code), 1_000);
			if (message != null) {
				PurchaseConfirmation confirmation = this.json.readValue(message.getBody(), PurchaseConfirmation.class);
				if (orderIds.contains(confirmation.orderId())) {
					found.put(confirmation.orderId(), confirmation);
				}
			}
			return found.keySet().containsAll(orderIds);
		});
		return found;
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

	/**
	 * Reports a sub-order shipped, the way the simulator's outbox relay does.
	 * @return the report sent
	 */
	SubOrderShipped ship(PurchaseConfirmation confirmation) {
		SubOrderShipped shipped = new SubOrderShipped(UUID.randomUUID().toString(), SubOrderShipped.SCHEMA_VERSION,
				Instant.now(), this.code, confirmation.subOrderId(), "Parcelways", "PW-" + confirmation.subOrderId());
		send(shipped);
		return shipped;
	}

	/**
	 * Sends a shipment report again, as after a crash before the relay marked it sent.
	 */
	void send(SubOrderShipped shipped) {
		sendEvent(SubOrderShipped.KIND, SubOrderShipped.TYPE, shipped.messageId(),
				this.json.writeValueAsBytes(shipped));
	}

	/**
	 * Reports a sub-order delivered.
	 * @return the report sent
	 */
	SubOrderDelivered deliver(PurchaseConfirmation confirmation) {
		SubOrderDelivered delivered = new SubOrderDelivered(UUID.randomUUID().toString(),
				SubOrderDelivered.SCHEMA_VERSION, Instant.now(), this.code, confirmation.subOrderId());
		sendEvent(SubOrderDelivered.KIND, SubOrderDelivered.TYPE, delivered.messageId(),
				this.json.writeValueAsBytes(delivered));
		return delivered;
	}

	private void sendEvent(String kind, String type, String messageId, byte[] body) {
		Message message = MessageBuilder.withBody(body)
			.setContentType("application/json")
			.setType(type)
			.setMessageId(messageId)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
		this.rabbit.send(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
				MessagingTopology.eventRoutingKey(kind, this.code), message);
	}

	/**
	 * Waits for the cancellation of a sub-order on the purchases queue, dropping other
	 * messages.
	 */
	PurchaseCancellation cancellationOf(long subOrderId) {
		AtomicReference<PurchaseCancellation> found = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AmqpException.class).until(() -> {
			Message message = this.rabbit.receive(MessagingTopology.purchasesQueue(this.code), 1_000);
			if (message == null || !PurchaseCancellation.TYPE.equals(message.getMessageProperties().getType())) {
				return false;
			}
			PurchaseCancellation cancellation = this.json.readValue(message.getBody(), PurchaseCancellation.class);
			if (cancellation.subOrderId() == subOrderId) {
				found.set(cancellation);
			}
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * Answers a cancellation.
	 * @return the answer sent
	 */
	CancellationAnswer answer(PurchaseCancellation cancellation, boolean cancelled) {
		CancellationAnswer answer = new CancellationAnswer(UUID.randomUUID().toString(),
				CancellationAnswer.SCHEMA_VERSION, Instant.now(), this.code, cancellation.messageId(),
				cancellation.subOrderId(), cancelled, cancelled ? null : "already shipped");
		send(answer);
		return answer;
	}

	/** Sends an answer again, as after a crash before the relay marked it sent. */
	void send(CancellationAnswer answer) {
		sendEvent(CancellationAnswer.KIND, CancellationAnswer.TYPE, answer.messageId(),
				this.json.writeValueAsBytes(answer));
	}

	record Received(PurchaseConfirmation confirmation, Message message) {
	}

}
