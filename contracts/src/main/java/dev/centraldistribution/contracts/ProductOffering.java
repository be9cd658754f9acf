package dev.centraldistribution.contracts;

/**
 * One product in a manufacturer's snapshot.
 *
 * @param sku the manufacturer's product code; the same product sold by two manufacturers
 * shares a sku
 * @param name product display name
 * @param unitPriceCents price of one unit in minor units of {@code currency}
 * @param currency ISO 4217 code
 * @param available units the manufacturer can supply now
 * @param appliedTotal cumulative units of the distributor's purchase confirmations the
 * manufacturer has processed for this product (accepted or rejected), read in the same
 * transaction as {@code available}
 */
public record ProductOffering(String sku, String name, long unitPriceCents, String currency, long available,
		long appliedTotal) {

}
