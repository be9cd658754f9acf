package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * The distributor asks a manufacturer to cancel a sub-order its customer no longer wants.
 * Sent through the distributor's outbox on the purchases exchange (routing key = the
 * manufacturer's code); the manufacturer applies it once by {@code messageId} and answers
 * with a {@link CancellationAnswer}. It may arrive before the purchase it cancels.
 *
 * @param messageId unique per cancellation, stable across redeliveries
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when the distributor wrote it
 * @param manufacturerCode the manufacturer addressed
 * @param confirmationId the {@code messageId} of the purchase confirmation it cancels
 * @param subOrderId the sub-order to cancel
 */
public record PurchaseCancellation(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String confirmationId, long subOrderId) {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "purchase-cancellation";

	public static final int SCHEMA_VERSION = 1;

}
