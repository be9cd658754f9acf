package dev.centraldistribution.distributor.catalog;

import java.time.Instant;

/**
 * What pausing or resuming the sale of a manufacturer's goods did.
 */
public sealed interface SellingChange {

	/**
	 * Its offerings are off sale until the operator resumes; their rows, stock and books
	 * stay.
	 *
	 * @param code the manufacturer
	 * @param since when the pause started (an earlier pause keeps its time)
	 * @param offeringsTakenOff offerings that were on sale and are not now
	 */
	record Paused(String code, Instant since, int offeringsTakenOff) implements SellingChange {
	}

	/**
	 * The pause is over: its offerings sell again where its state and their prices allow.
	 *
	 * @param code the manufacturer
	 * @param offeringsBackOnSale offerings put back on sale
	 * @param sellable whether its state lets its goods sell now; when not, they come back
	 * once it is alive
	 */
	record Resumed(String code, int offeringsBackOnSale, boolean sellable) implements SellingChange {
	}

	/** No manufacturer has this code. */
	record UnknownManufacturer(String code) implements SellingChange {
	}

}
