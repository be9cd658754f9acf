package dev.centraldistribution.distributor.manufacturers;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PresenceMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

/**
 * Consumes the manufacturers' presence messages from the queue all instances share, and
 * acks each delivery once it is applied or refused. A refused message is dropped with a
 * log line and a count, or dead-lettered when it cannot be read at all; one that could
 * not be applied for a reason of ours (database down) is handed back once, then dropped:
 * a manufacturer says hello again within a minute and beats every few seconds.
 */
final class PresenceListener {

	private static final Logger logger = LoggerFactory.getLogger(PresenceListener.class);

	private final PresenceInbox inbox;

	private final PresenceRejections rejections;

	private final PresenceDeadLetters deadLetters;

	private final PresenceMetrics metrics;

	PresenceListener(PresenceInbox inbox, PresenceRejections rejections, PresenceDeadLetters deadLetters,
			PresenceMetrics metrics) {
		this.inbox = inbox;
		this.rejections = rejections;
		this.deadLetters = deadLetters;
		this.metrics = metrics;
	}

	@RabbitListener(queues = MessagingTopology.PRESENCE_QUEUE)
	void on(Message message, Channel channel) throws IOException {
		MessageProperties properties = message.getMessageProperties();
		long deliveryTag = properties.getDeliveryTag();
		try {
			PresenceMessage applied = this.inbox.receive(message);
			this.metrics.accepted(applied.kind());
		}
		catch (RejectedPresenceException ex) {
			this.rejections.record(message, ex);
			if (ex.reason().isDeadLettered()) {
				String failure = this.deadLetters.send(message, ex.reason());
				if (failure != null) {
					settleFailed(channel, properties, "could not be dead-lettered (" + failure + ")", null);
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			settleFailed(channel, properties, "could not be applied", ex);
			return;
		}
		channel.basicAck(deliveryTag, false);
	}

	private static void settleFailed(Channel channel, MessageProperties properties, String what, Exception cause)
			throws IOException {
		boolean again = !Boolean.TRUE.equals(properties.getRedelivered());
		logger.error("Presence message {} {}{}", LogSafe.quote(properties.getMessageId()), what,
				again ? ", handing it back" : " twice, dropping it", cause);
		channel.basicNack(properties.getDeliveryTag(), false, again);
	}

}
