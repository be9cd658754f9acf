package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The distributor tells a manufacturer what it sold of its goods in one order. Applied
 * exactly once in effect: the manufacturer deduplicates by {@code messageId}.
 *
 * @param messageId unique per confirmation, stable across redeliveries
 * @param schemaVersion version of this contract
 * @param sentAt when the distributor wrote the confirmation
 * @param manufacturerCode the manufacturer addressed
 * @param orderId the customer's order
 * @param subOrderId the part of the order this manufacturer supplies
 * @param lines what was sold
 */
public record PurchaseConfirmation(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		long orderId, long subOrderId, List<Line> lines) {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "purchase-confirmation";

	public static final int SCHEMA_VERSION = 1;

	/**
	 * One product of the confirmation.
	 *
	 * @param sku the manufacturer's product code
	 * @param quantity units sold, at least one
	 * @param unitPriceCents the price the customer paid per unit
	 */
	public record Line(String sku, long quantity, long unitPriceCents) {
	}

}
