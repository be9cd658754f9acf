package dev.centraldistribution.distributor.ordering;

/**
 * A line of an order as it was bought.
 *
 * @param sku the product code
 * @param productName the product's name at purchase time
 * @param unitPriceCents the price paid per unit
 * @param quantity units bought
 */
public record OrderLineSummary(String sku, String productName, long unitPriceCents, int quantity) {

	public long lineTotalCents() {
		return Math.multiplyExact(this.unitPriceCents, (long) this.quantity);
	}

}
