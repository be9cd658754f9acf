package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * A line that ran short at checkout.
 *
 * @param offering the offering
 * @param productName the product's name
 * @param manufacturerName who makes it
 * @param requested units the customer wanted
 * @param available units that can be bought now, zero when sold out or when its
 * manufacturer is not answering
 * @param manufacturerUnreachable whether its manufacturer is not answering, so that
 * nothing of it is sold until it is back
 */
public record ShortLine(OfferingId offering, String productName, String manufacturerName, long requested,
		long available, boolean manufacturerUnreachable) {

	public boolean isSoldOut() {
		return this.available <= 0;
	}

}
