package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * A manufacturer handed a sub-order it accepted to a carrier. Sent through the
 * manufacturer's outbox; the distributor applies it once by {@code messageId}.
 *
 * @param messageId unique per message, stable across redeliveries
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when the manufacturer shipped it, by its clock
 * @param manufacturerCode who shipped
 * @param subOrderId the sub-order shipped
 * @param carrier the carrier's name
 * @param trackingNumber the carrier's tracking number
 */
public record SubOrderShipped(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		long subOrderId, String carrier, String trackingNumber) {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "sub-order-shipped";

	/** Routing key prefix: {@code shipped.<code>}. */
	public static final String KIND = "shipped";

	public static final int SCHEMA_VERSION = 1;

}
