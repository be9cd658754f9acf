package dev.centraldistribution.distributor.stockchanges;

import java.util.List;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * Offerings' available quantities changed on some instance, and these are their
 * quantities now. Raised on every instance, outside any transaction, on the thread that
 * consumed the notice: listeners must return quickly.
 *
 * @param levels the offerings changed and their quantities, zero when sold out
 */
public record StockLevelsChanged(List<StockLevel> levels) {

	public StockLevelsChanged {
		levels = List.copyOf(levels);
	}

	/**
	 * One offering's available quantity.
	 *
	 * @param offering the offering
	 * @param available units available now
	 */
	public record StockLevel(OfferingId offering, long available) {
	}

}
