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

	/**
	 * Units that can be bought now: none while the manufacturer is not answering or the
	 * price is held.
	 */
	public long available() {
		return this.offering.buyable();
	}

	/** Whether nothing of it can be bought now: sold out, or its manufacturer is away. */
	public boolean isSoldOut() {
		return available() <= 0;
	}

	/**
	 * Whether its manufacturer is not answering: nothing of it is sold until it is back.
	 */
	public boolean isManufacturerUnreachable() {
		return this.offering.isManufacturerUnreachable();
	}

	/**
	 * Whether its price is held for review: nothing of it is sold until the operator
	 * releases the new price or the manufacturer corrects it.
	 */
	public boolean isPriceHeld() {
		return this.offering.priceHeld();
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
