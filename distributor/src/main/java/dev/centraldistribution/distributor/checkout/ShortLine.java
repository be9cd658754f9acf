package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * A line that ran short at checkout.
 *
 * @param offering the offering
 * @param productName the product's name
 * @param manufacturerName who makes it
 * @param requested units the customer wanted
 * @param available units left now, zero when sold out
 */
public record ShortLine(OfferingId offering, String productName, String manufacturerName, long requested,
		long available) {

	public boolean isSoldOut() {
		return this.available <= 0;
	}

}
