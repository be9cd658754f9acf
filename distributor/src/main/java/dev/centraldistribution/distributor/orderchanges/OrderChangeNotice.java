package dev.centraldistribution.distributor.orderchanges;

import java.time.Instant;
import java.util.List;

/**
 * The message one instance sends all instances: these orders changed. Ids only; each
 * receiver's pages read the orders' current state themselves. Internal between
 * distributor instances; a receiver ignores a schema version it does not know.
 *
 * @param messageId unique per message
 * @param schemaVersion version of this message
 * @param sentAt when the sending instance wrote it
 * @param orders the orders changed, each with its customer
 */
record OrderChangeNotice(String messageId, int schemaVersion, Instant sentAt, List<Order> orders) {

	static final String TYPE = "order-changes";

	static final int SCHEMA_VERSION = 1;

	/**
	 * One order changed.
	 *
	 * @param order the order's id
	 * @param customer its customer's id
	 */
	record Order(long order, long customer) {
	}

}
