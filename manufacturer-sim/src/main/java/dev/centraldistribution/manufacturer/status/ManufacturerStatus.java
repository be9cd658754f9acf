package dev.centraldistribution.manufacturer.status;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * What {@code GET /api/status} answers.
 *
 * @param code the manufacturer's code
 * @param name its display name
 * @param location where it is
 * @param confirmationsApplied purchase confirmations processed so far
 * @param linesAccepted lines of those confirmations supplied from stock
 * @param linesRejected lines of those confirmations rejected (unknown product, too little
 * stock)
 * @param lastCycleSummary the summary of the latest closed sales cycle, {@code null}
 * before the first
 * @param products every product with its stock and production settings
 */
record ManufacturerStatus(String code, String name, GeoLocation location, long confirmationsApplied, long linesAccepted,
		long linesRejected, CycleSummaryStatus lastCycleSummary, List<ProductStatus> products) {

	/**
	 * One product's stock and production.
	 *
	 * @param sku product code
	 * @param name display name
	 * @param unitPriceCents price in minor units
	 * @param currency ISO 4217 code
	 * @param available units in stock
	 * @param cap production stops at this many units
	 * @param productionRate units made per production tick
	 * @param appliedTotal units of the distributor's confirmations processed
	 */
	record ProductStatus(String sku, String name, long unitPriceCents, String currency, long available, long cap,
			long productionRate, long appliedTotal) {
	}

	/**
	 * Lines of the processed purchase confirmations.
	 *
	 * @param accepted lines supplied
	 * @param rejected lines rejected
	 */
	record LineCounts(long accepted, long rejected) {
	}

	/**
	 * A sales cycle as the distributor summarised it.
	 *
	 * @param cycleNumber the cycle
	 * @param openedAt when it opened
	 * @param closedAt when it closed
	 * @param receivedAt when the summary was recorded here
	 * @param products what was sold of each product
	 */
	record CycleSummaryStatus(long cycleNumber, Instant openedAt, Instant closedAt, Instant receivedAt,
			List<ProductSalesStatus> products) {
	}

	/**
	 * Sales of one product in a cycle.
	 *
	 * @param sku product code
	 * @param unitsSold units sold
	 * @param revenueCents what customers paid, in minor units
	 */
	record ProductSalesStatus(String sku, long unitsSold, long revenueCents) {
	}

}
