package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * The carrier delivered a sub-order a manufacturer shipped. Sent through the
 * manufacturer's outbox; the distributor applies it once by {@code messageId}.
 *
 * @param messageId unique per message, stable across redeliveries
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when it was delivered, by the manufacturer's clock
 * @param manufacturerCode who shipped it
 * @param subOrderId the sub-order delivered
 */
public record SubOrderDelivered(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		long subOrderId) {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "sub-order-delivered";

	/** Routing key prefix: {@code delivered.<code>}. */
	public static final String KIND = "delivered";

	public static final int SCHEMA_VERSION = 1;

}
