package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * A manufacturer's answer to a {@link PurchaseCancellation}: cancelled (the units it had
 * taken are back in its stock, or the purchase will be rejected when it arrives), or
 * refused because the sub-order has shipped.
 *
 * @param messageId unique per answer
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when the manufacturer decided
 * @param manufacturerCode who answers
 * @param cancellationId the {@code messageId} of the cancellation answered
 * @param subOrderId the sub-order
 * @param cancelled whether it is cancelled
 * @param reason why not, when refused
 */
public record CancellationAnswer(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String cancellationId, long subOrderId, boolean cancelled, String reason) {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "cancellation-answer";

	/** Routing key prefix: {@code cancellation.<code>}. */
	public static final String KIND = "cancellation";

	public static final int SCHEMA_VERSION = 1;

}
