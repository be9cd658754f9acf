package dev.centraldistribution.distributor.catalog;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * Units of one offering to take out of stock.
 *
 * @param offering the offering
 * @param quantity units to take, at least one
 */
public record StockWithdrawal(OfferingId offering, long quantity) {

	public StockWithdrawal {
		if (offering == null) {
			throw new IllegalArgumentException("A withdrawal names an offering");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("A withdrawal takes at least one unit, not " + quantity);
		}
	}

}
