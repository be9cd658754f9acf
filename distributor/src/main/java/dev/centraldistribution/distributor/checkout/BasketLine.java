package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.orders.NewOrder;

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

	NewOrder.Line toOrderLine() {
		return new NewOrder.Line(this.offering.id(), this.offering.sku(), this.offering.productName(),
				this.offering.manufacturerCode(), this.offering.manufacturerName(), this.offering.unitPriceCents(),
				this.quantity);
	}

}
