package dev.centraldistribution.distributor.catalog;

import java.time.Instant;

/**
 * An offering held off sale because a snapshot asked more than
 * {@code distributor.catalog.max-price-rise} times its price, as the operator sees it.
 *
 * @param offering the offering
 * @param sku its product code
 * @param productName its product's name
 * @param manufacturerCode its manufacturer's code
 * @param manufacturerName its manufacturer's name
 * @param unitPriceCents the price it sold at, kept while held, in minor units
 * @param currency that price's currency
 * @param proposedPriceCents the price the latest snapshot asks, in minor units
 * @param proposedCurrency that price's currency
 * @param heldSince when the first snapshot beyond the bound was applied
 */
public record PriceHold(OfferingId offering, String sku, String productName, String manufacturerCode,
		String manufacturerName, long unitPriceCents, String currency, long proposedPriceCents, String proposedCurrency,
		Instant heldSince) {

}
