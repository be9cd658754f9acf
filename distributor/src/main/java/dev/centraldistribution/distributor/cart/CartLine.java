package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.catalog.OfferingView;

/**
 * One line of a cart with the offering as it is now.
 *
 * @param id the line
 * @param offering the offering, with what is available now
 * @param quantity units the customer wants
 */
public record CartLine(CartLineId id, OfferingView offering, int quantity) {

	public long available() {
		return this.offering.available();
	}

	public boolean isSoldOut() {
		return this.offering.isSoldOut();
	}

	/** Whether fewer units are left than the customer wants, but some are. */
	public boolean isShort() {
		return !isSoldOut() && available() < this.quantity;
	}

	public boolean isBuyable() {
		return available() >= this.quantity;
	}

	public long lineTotalCents() {
		return Math.multiplyExact(this.offering.unitPriceCents(), (long) this.quantity);
	}

}
