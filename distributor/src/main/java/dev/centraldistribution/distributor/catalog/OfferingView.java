package dev.centraldistribution.distributor.catalog;

import java.time.Instant;

/**
 * One offering as a customer sees it.
 *
 * @param id the offering
 * @param sku the product code, shared by manufacturers of the same product
 * @param productName the product's display name
 * @param manufacturerCode the manufacturer's code
 * @param manufacturerName the manufacturer's display name
 * @param unitPriceCents price of one unit in minor units
 * @param currency ISO 4217 code
 * @param available units that can be bought now
 * @param staleSince when the manufacturer stopped answering, {@code null} while it is
 * healthy
 */
public record OfferingView(OfferingId id, String sku, String productName, String manufacturerCode,
		String manufacturerName, long unitPriceCents, String currency, long available, Instant staleSince) {

	public boolean isStale() {
		return this.staleSince != null;
	}

	public boolean isSoldOut() {
		return this.available <= 0;
	}

}
