package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * One line of a checkout form as shown.
 *
 * @param offering the offering
 * @param quantity units shown
 * @param unitPriceCents the price shown per unit
 */
record QuotedLine(OfferingId offering, int quantity, long unitPriceCents) {

	long totalCents() {
		return Math.multiplyExact(this.unitPriceCents, (long) this.quantity);
	}

}
