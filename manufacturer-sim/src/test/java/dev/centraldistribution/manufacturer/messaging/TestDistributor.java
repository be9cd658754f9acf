package dev.centraldistribution.manufacturer.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plays the distributor for one manufacturer under test: publishes to its purchases queue
 * as the distributor would, and reads what comes back on {@code ack.<code>} and what
 * lands in its dead-letter queue. {@link #close()} deletes the queues it used.
 */
final class TestDistributor implements AutoCloseable {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final String code;

	private final AmqpAdmin admin;

	private final RabbitTemplate rabbit;

	private final JsonMapper jsonMapper;

	private final String acknowledgementQueue;

	private final List<PurchaseAcknowledgement> acknowledgements = new ArrayList<>();

	private final List<Message> deadLetters = new ArrayList<>();

	/**
	 * Declares the manufacturer's topology (as the distributor does too) and a queue of
	 * its own bound to the manufacturer's acknowledgements.
	 */
	TestDistributor(String code, AmqpAdmin admin, RabbitTemplate rabbit, JsonMapper jsonMapper) {
		this.code = code;
		this.admin = admin;
		this.rabbit = rabbit;
		this.jsonMapper = jsonMapper;
		this.acknowledgementQueue = "test.acknowledgements." + code;
		admin.initialize();
		admin.declareQueue(new Queue(this.acknowledgementQueue, false, false, false));
		admin.declareBinding(new Binding(this.acknowledgementQueue, Binding.DestinationType.QUEUE,
				MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, MessagingTopology.acknowledgementRoutingKey(code),
				null));
	}

	void send(PurchaseConfirmation confirmation) {
		send(confirmation.messageId(), PurchaseConfirmation.TYPE, this.jsonMapper.writeValueAsBytes(confirmation));
	}

	void send(CycleSummary summary) {
		send(summary.messageId(), CycleSummary.TYPE, this.jsonMapper.writeValueAsBytes(summary));
	}

	void send(String messageId, String type, String body) {
		send(messageId, type, body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Publishes as the distributor's outbox relay does, and waits for the broker's
	 * confirm.
	 */
	void send(String messageId, String type, byte[] body) {
		Message message = MessageBuilder.withBody(body)
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(messageId)
			.setType(type)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
		CorrelationData correlation = new CorrelationData();
		this.rabbit.send(MessagingTopology.PURCHASES_EXCHANGE, this.code, message, correlation);
		try {
			assertThat(correlation.getFuture().get(30, TimeUnit.SECONDS).ack()).as("confirmed by the broker").isTrue();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Message " + messageId + " was not confirmed", ex);
		}
		assertThat(correlation.getReturned()).as("routed to the purchases queue").isNull();
	}

	/**
	 * Waits until {@code count} acknowledgements of the confirmation have come back.
	 * @return all of them, in arrival order
	 */
	List<PurchaseAcknowledgement> awaitAcknowledgements(String confirmationId, int count) {
		await().atMost(PATIENCE).until(() -> acknowledgementsOf(confirmationId).size() >= count);
		return acknowledgementsOf(confirmationId);
	}

	PurchaseAcknowledgement awaitAcknowledgement(String confirmationId) {
		return awaitAcknowledgements(confirmationId, 1).get(0);
	}

	/** Every acknowledgement received so far, in arrival order. */
	synchronized List<PurchaseAcknowledgement> receivedAcknowledgements() {
		Message message;
		while ((message = this.rabbit.receive(this.acknowledgementQueue)) != null) {
			assertThat(message.getMessageProperties().getType()).isEqualTo(PurchaseAcknowledgement.TYPE);
			var acknowledgement = this.jsonMapper.readValue(message.getBody(), PurchaseAcknowledgement.class);
			assertThat(message.getMessageProperties().getMessageId()).isEqualTo(acknowledgement.messageId());
			this.acknowledgements.add(acknowledgement);
		}
		return List.copyOf(this.acknowledgements);
	}

	/** Waits until the message with this id is in the dead-letter queue. */
	Message awaitDeadLetter(String messageId) {
		await().atMost(PATIENCE).until(() -> deadLetter(messageId) != null);
		return deadLetter(messageId);
	}

	/** The dead-lettered message with this id, if it is there by now. */
	synchronized Message deadLetter(String messageId) {
		Message message;
		while ((message = this.rabbit.receive(MessagingTopology.deadLetterQueue(this.code))) != null) {
			this.deadLetters.add(message);
		}
		return this.deadLetters.stream()
			.filter((letter) -> messageId.equals(letter.getMessageProperties().getMessageId()))
			.findFirst()
			.orElse(null);
	}

	@Override
	public void close() {
		this.admin.deleteQueue(this.acknowledgementQueue);
		this.admin.deleteQueue(MessagingTopology.purchasesQueue(this.code));
		this.admin.deleteQueue(MessagingTopology.deadLetterQueue(this.code));
	}

	private List<PurchaseAcknowledgement> acknowledgementsOf(String confirmationId) {
		return receivedAcknowledgements().stream()
			.filter((acknowledgement) -> acknowledgement.confirmationId().equals(confirmationId))
			.toList();
	}

}
