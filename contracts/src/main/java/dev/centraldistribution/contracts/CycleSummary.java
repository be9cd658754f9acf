package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Sent to each manufacturer when a sales cycle closes: what was sold of its goods.
 *
 * @param messageId unique per summary and manufacturer
 * @param schemaVersion version of this contract
 * @param sentAt when the distributor wrote it
 * @param manufacturerCode the manufacturer addressed
 * @param cycleNumber the cycle that closed
 * @param openedAt when it opened
 * @param closedAt when it closed
 * @param products units and revenue per product in the cycle
 */
public record CycleSummary(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		long cycleNumber, Instant openedAt, Instant closedAt, List<ProductSales> products) {

	public static final String TYPE = "cycle-summary";

	public static final int SCHEMA_VERSION = 1;

	/**
	 * Sales of one product in a cycle.
	 *
	 * @param sku the manufacturer's product code
	 * @param unitsSold units sold
	 * @param revenueCents what customers paid, in minor units
	 */
	public record ProductSales(String sku, long unitsSold, long revenueCents) {
	}

}
