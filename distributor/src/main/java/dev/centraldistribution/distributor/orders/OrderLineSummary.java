package dev.centraldistribution.distributor.orders;

/**
 * A line of an order as it was bought, and what its manufacturer answered.
 *
 * @param sku the product code
 * @param productName the product's name at purchase time
 * @param unitPriceCents the price paid per unit
 * @param quantity units bought
 * @param accepted whether the manufacturer supplies it, {@code null} until it answered
 * @param rejectionReason the manufacturer's reason, when rejected
 * @param refunded whether the price of a rejected line was given back
 */
public record OrderLineSummary(String sku, String productName, long unitPriceCents, int quantity, Boolean accepted,
		String rejectionReason, boolean refunded) {

	public long lineTotalCents() {
		return Math.multiplyExact(this.unitPriceCents, (long) this.quantity);
	}

	public boolean isRejected() {
		return Boolean.FALSE.equals(this.accepted);
	}

}
