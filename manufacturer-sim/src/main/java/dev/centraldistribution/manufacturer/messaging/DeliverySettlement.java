package dev.centraldistribution.manufacturer.messaging;

import java.io.IOException;
import java.time.Duration;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;

/**
 * Ends a delivery: acknowledged, handed back to the queue after a pause, or moved to the
 * dead-letter queue. Never throws: with manual acknowledgements an exception would leave
 * the delivery unsettled until its channel closes.
 */
class DeliverySettlement {

	private static final Logger log = LoggerFactory.getLogger(DeliverySettlement.class);

	private final DeadLetterQueue deadLetters;

	private final DeliveryAttempts attempts;

	private final MessagingProperties properties;

	private final MessagingMetrics metrics;

	DeliverySettlement(DeadLetterQueue deadLetters, DeliveryAttempts attempts, MessagingProperties properties,
			MessagingMetrics metrics) {
		this.deadLetters = deadLetters;
		this.attempts = attempts;
		this.properties = properties;
		this.metrics = metrics;
	}

	/** The message was processed and its effects committed and published. */
	void processed(Channel channel, Message message, String messageId) {
		this.attempts.settled(messageId);
		acknowledge(channel, message);
	}

	/** The message will never be processed: dead-letter it now. */
	void unreadable(Channel channel, Message message, String reason) {
		log.warn("Dead-lettering unreadable message {}: {}", message.getMessageProperties().getMessageId(), reason);
		deadLetter(channel, message, "unreadable: " + reason, true);
	}

	/**
	 * Processing failed and may succeed later: hand the message back after a pause that
	 * grows with its failures, or dead-letter it after the last attempt.
	 */
	void failed(Channel channel, Message message, String messageId, Exception cause) {
		int failures = this.attempts.failed(messageId);
		if (failures >= this.properties.maxAttempts()) {
			log.error("Dead-lettering message {}: it failed {} times", messageId, failures, cause);
			if (deadLetter(channel, message, "failed " + failures + " times, last: " + cause, false)) {
				this.attempts.settled(messageId);
			}
			return;
		}
		Duration pause = this.properties.backoffAfter(failures);
		log.warn("Message {} failed (attempt {} of {}), handing it back in {}: {}", messageId, failures,
				this.properties.maxAttempts(), pause, cause.toString());
		handBack(channel, message, pause);
	}

	private boolean deadLetter(Channel channel, Message message, String reason, boolean unreadable) {
		try {
			this.deadLetters.send(message, reason);
		}
		catch (RuntimeException ex) {
			log.warn("Could not dead-letter message {}, handing it back: {}",
					message.getMessageProperties().getMessageId(), ex.toString());
			handBack(channel, message, this.properties.maxRetryBackoff());
			return false;
		}
		this.metrics.deadLettered(unreadable);
		acknowledge(channel, message);
		return true;
	}

	private static void acknowledge(Channel channel, Message message) {
		try {
			channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not acknowledge message {}; the broker will deliver it again, which changes nothing: {}",
					message.getMessageProperties().getMessageId(), ex.toString());
		}
	}

	/**
	 * Pauses this consumer before handing the message back, so that a database or broker
	 * outage is not retried in a tight loop.
	 */
	private static void handBack(Channel channel, Message message, Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			channel.basicNack(message.getMessageProperties().getDeliveryTag(), false, true);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not hand message {} back; the broker will deliver it again when the channel closes: {}",
					message.getMessageProperties().getMessageId(), ex.toString());
		}
	}

}
