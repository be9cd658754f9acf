package dev.centraldistribution.manufacturer.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.outbox.OutboxEntry;
import dev.centraldistribution.manufacturer.outbox.OutboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Publishes the outbox to the manufacturer events exchange, oldest first, each message
 * persistent and mandatory, and marks it sent only once the broker confirmed it. A
 * failure stops the round; the next one starts again from the oldest unsent message, so a
 * message may be published twice (the distributor applies it once by its id) but never
 * lost.
 */
class OutboxRelay implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final ConfirmedPublisher publisher;

	private final OutboxProperties properties;

	private final Clock clock;

	OutboxRelay(Outbox outbox, ConfirmedPublisher publisher, OutboxProperties properties, Clock clock) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::relay, this.properties.relayInterval());
	}

	/**
	 * Publishes what waits, up to a batch.
	 * @return how many were published
	 */
	int relay() {
		int published = 0;
		for (OutboxEntry entry : this.outbox.unsent(this.properties.batchSize())) {
			try {
				this.publisher.publish(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, entry.routingKey(),
						message(entry));
			}
			catch (PublicationFailedException ex) {
				log.warn("Outbox message {} not published, trying again next round: {}", entry.messageId(),
						ex.getMessage());
				break;
			}
			this.outbox.markSent(entry.id(), this.clock.instant());
			published++;
		}
		return published;
	}

	private static Message message(OutboxEntry entry) {
		return MessageBuilder.withBody(entry.body().getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(entry.messageId())
			.setType(entry.type())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setTimestamp(Date.from(entry.createdAt()))
			.build();
	}

}
