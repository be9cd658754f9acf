package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * A line that ran short at checkout.
 *
 * @param offering the offering
 * @param productName the product's name
 * @param manufacturerName who makes it
 * @param requested units the customer wanted
 * @param available units that can be bought now, zero when sold out, when its
 * manufacturer is not answering or when its price is held
 * @param manufacturerUnreachable whether its manufacturer is not answering, so that
 * nothing of it is sold until it is back
 * @param priceHeld whether its manufacturer raised its price beyond the bound, so that
 * nothing of it is sold until the new price has been reviewed
 */
public record ShortLine(OfferingId offering, String productName, String manufacturerName, long requested,
		long available, boolean manufacturerUnreachable, boolean priceHeld) {

	public boolean isSoldOut() {
		return this.available <= 0;
	}

}
