package dev.centraldistribution.distributor.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.MessagingTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * How many messages to each manufacturer were given up, for the operator: those in its
 * dead-letter queue (its consumer gave up on them), asked of the broker, and those the
 * relay gave up delivering (an HTTP manufacturer that kept failing), from the outbox.
 */
@Service
public class DeadLetters {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	private final ObjectProvider<AmqpAdmin> admin;

	private final OutboxRepository outbox;

	DeadLetters(ObjectProvider<AmqpAdmin> admin, OutboxRepository outbox) {
		this.admin = admin;
		this.outbox = outbox;
	}

	/**
	 * Counts the dead letters of these manufacturers.
	 * @param codes manufacturer codes
	 * @return messages by code, in the given order; a manufacturer with no message given
	 * up by the relay and whose queue the broker does not have, or that could not be
	 * asked, is left out
	 */
	public Map<String, Long> perManufacturer(List<String> codes) {
		Map<String, Long> found = new LinkedHashMap<>(
				this.outbox.deadPerRoutingKey(MessagingTopology.PURCHASES_EXCHANGE));
		AmqpAdmin admin = this.admin.getIfAvailable();
		if (admin != null) {
			try {
				for (String code : codes) {
					QueueInformation queue = admin.getQueueInfo(MessagingTopology.deadLetterQueue(code));
					if (queue != null) {
						found.merge(code, (long) queue.getMessageCount(), Long::sum);
					}
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not count the dead letters: {}", ex.toString());
			}
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		codes.stream().filter(found::containsKey).forEach((code) -> counts.put(code, found.get(code)));
		return counts;
	}

}
