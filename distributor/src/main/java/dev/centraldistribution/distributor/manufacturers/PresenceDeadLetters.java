package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.centraldistribution.contracts.MessagingTopology;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Moves a presence message nobody can read to
 * {@link MessagingTopology#PRESENCE_DEAD_LETTER_QUEUE}: its body and properties,
 * persistent, with why and when, through the default exchange, confirmed by the broker.
 * Done here rather than with RabbitMQ's dead-letter arguments, which the embedded broker
 * ignores, so that both brokers behave the same.
 */
final class PresenceDeadLetters {

	static final String REASON_HEADER = "dead-letter-reason";

	static final String TIME_HEADER = "dead-lettered-at";

	private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

	private final RabbitTemplate rabbit;

	private final Clock clock;

	PresenceDeadLetters(RabbitTemplate rabbit, Clock clock) {
		this.rabbit = rabbit;
		this.clock = clock;
	}

	/**
	 * @return {@code null} when the broker confirmed the copy, otherwise why not
	 */
	String send(Message message, PresenceRejection reason) {
		Message copy = MessageBuilder.fromClonedMessage(message)
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setHeader(REASON_HEADER, reason.tag())
			.setHeader(TIME_HEADER, this.clock.instant().toString())
			.build();
		CorrelationData correlation = new CorrelationData();
		try {
			this.rabbit.send("", MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE, copy, correlation);
			CorrelationData.Confirm confirm = correlation.getFuture()
				.get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (correlation.getReturned() != null) {
				return "returned: " + correlation.getReturned().getReplyText();
			}
			return confirm.ack() ? null : "nacked: " + confirm.reason();
		}
		catch (AmqpException | ExecutionException | TimeoutException ex) {
			return ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
