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
 * @param description what the product is, in the manufacturer's catalogue: plain text
 * (markup is shown as typed), at most 2000 characters; optional, null or absent from
 * manufacturers that describe nothing
 * @param category what kind of product it is ({@code power tools}, {@code garden}): plain
 * text, at most 60 characters; optional, null or absent from manufacturers that name none
 */
public record ProductOffering(String sku, String name, long unitPriceCents, String currency, long available,
		long appliedTotal, String description, String category) {

	/**
	 * A product without description or category, as written before they existed.
	 * @param sku the manufacturer's product code
	 * @param name product display name
	 * @param unitPriceCents price of one unit in minor units of {@code currency}
	 * @param currency ISO 4217 code
	 * @param available units the manufacturer can supply now
	 * @param appliedTotal units of our purchase confirmations processed
	 */
	public ProductOffering(String sku, String name, long unitPriceCents, String currency, long available,
			long appliedTotal) {
		this(sku, name, unitPriceCents, currency, available, appliedTotal, null, null);
	}

}
