package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A manufacturer's answer to a {@link PurchaseConfirmation}, line by line.
 *
 * @param messageId unique per acknowledgement
 * @param schemaVersion version of this contract
 * @param sentAt when the manufacturer wrote it
 * @param manufacturerCode who answers
 * @param confirmationId the {@code messageId} of the confirmation answered
 * @param subOrderId the sub-order answered
 * @param lines the outcome per line
 */
public record PurchaseAcknowledgement(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String confirmationId, long subOrderId, List<LineOutcome> lines) {

	public static final String TYPE = "purchase-acknowledgement";

	public static final int SCHEMA_VERSION = 1;

	/**
	 * Whether one line could be supplied.
	 *
	 * @param sku the manufacturer's product code
	 * @param quantity units of the line
	 * @param accepted whether the manufacturer will supply them
	 * @param reason why not, when rejected; {@code null} when accepted
	 */
	public record LineOutcome(String sku, long quantity, boolean accepted, String reason) {
	}

}
