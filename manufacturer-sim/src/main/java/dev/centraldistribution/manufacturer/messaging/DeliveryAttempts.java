package dev.centraldistribution.manufacturer.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed deliveries per message id, in memory: enough to stop a message that keeps
 * failing from circling for ever. A restart forgets the counts, which only grants more
 * attempts. The oldest counts are dropped beyond {@link #REMEMBERED} messages (a message
 * requeued here may be settled by another consumer).
 */
class DeliveryAttempts {

	static final int REMEMBERED = 10_000;

	private final Map<String, Integer> failures = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
			return size() > REMEMBERED;
		}

	};

	/**
	 * @return how many times the message has failed, this time included
	 */
	synchronized int failed(String messageId) {
		return this.failures.merge(messageId, 1, Integer::sum);
	}

	synchronized void settled(String messageId) {
		this.failures.remove(messageId);
	}

}
