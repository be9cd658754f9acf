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
 * How many purchase confirmations lie in each manufacturer's dead-letter queue (messages
 * its consumer gave up on), asked of the broker for the operator.
 */
@Service
public class DeadLetters {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	private final ObjectProvider<AmqpAdmin> admin;

	DeadLetters(ObjectProvider<AmqpAdmin> admin) {
		this.admin = admin;
	}

	/**
	 * Counts the dead letters of these manufacturers.
	 * @param codes manufacturer codes
	 * @return messages by code, in the given order; a manufacturer whose queue the broker
	 * does not have, or that could not be asked, is left out
	 */
	public Map<String, Long> perManufacturer(List<String> codes) {
		Map<String, Long> counts = new LinkedHashMap<>();
		AmqpAdmin admin = this.admin.getIfAvailable();
		if (admin == null) {
			return counts;
		}
		try {
			for (String code : codes) {
				QueueInformation queue = admin.getQueueInfo(MessagingTopology.deadLetterQueue(code));
				if (queue != null) {
					counts.put(code, (long) queue.getMessageCount());
				}
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not count the dead letters: {}", ex.toString());
		}
		return counts;
	}

}
