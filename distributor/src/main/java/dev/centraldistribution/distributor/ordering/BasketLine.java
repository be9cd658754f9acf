package dev.centraldistribution.distributor.ordering;

import dev.centraldistribution.distributor.catalog.OfferingView;

/**
 * A line a checkout is about to buy, at the price read when the checkout began.
 *
 * @param offering the offering as it was read
 * @param quantity units to buy
 */
record BasketLine(OfferingView offering, int quantity) {

	long totalCents() {
		return Math.multiplyExact(this.offering.unitPriceCents(), (long) this.quantity);
	}

}
