package dev.centraldistribution.manufacturer.messaging;

import java.time.Clock;

import dev.centraldistribution.contracts.MessagingTopology;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;

/**
 * Moves a message to this manufacturer's dead-letter queue: its body and properties,
 * persistent, with why and when, through the default exchange. The consumer does it
 * itself because the embedded broker ignores RabbitMQ's dead-letter arguments; both
 * brokers behave the same this way.
 */
class DeadLetterQueue {

	/** Header with why the message was dead-lettered. */
	static final String REASON_HEADER = "dead-letter-reason";

	/** Header with the queue the message was dead-lettered from. */
	static final String QUEUE_HEADER = "dead-lettered-from";

	/** Header with when, as an ISO-8601 instant. */
	static final String TIME_HEADER = "dead-lettered-at";

	private final ConfirmedPublisher publisher;

	private final String manufacturerCode;

	private final Clock clock;

	DeadLetterQueue(ConfirmedPublisher publisher, String manufacturerCode, Clock clock) {
		this.publisher = publisher;
		this.manufacturerCode = manufacturerCode;
		this.clock = clock;
	}

	/**
	 * @throws PublicationFailedException when the broker did not confirm the copy
	 */
	void send(Message message, String reason) {
		Message copy = MessageBuilder.fromClonedMessage(message)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setHeader(REASON_HEADER, reason)
			.setHeader(QUEUE_HEADER, MessagingTopology.purchasesQueue(this.manufacturerCode))
			.setHeader(TIME_HEADER, this.clock.instant().toString())
			.build();
		this.publisher.publish("", MessagingTopology.deadLetterQueue(this.manufacturerCode), copy);
	}

}
