package dev.centraldistribution.distributor.catalog;

/**
 * What the operator's release of a held price did ({@link ReleasePriceHold}).
 */
public sealed interface PriceHoldRelease {

	/**
	 * The offering sells at the released price from now on.
	 *
	 * @param offering the offering
	 * @param unitPriceCents its price now, in minor units
	 * @param currency that price's currency
	 * @param onSale whether it is on sale: only while its manufacturer is alive
	 */
	record Released(OfferingId offering, long unitPriceCents, String currency,
			boolean onSale) implements PriceHoldRelease {

	}

	/** The offering's price is not held (any more): nothing was changed. */
	record NotHeld() implements PriceHoldRelease {

	}

	/**
	 * A snapshot asked another price since the operator looked: nothing was changed, the
	 * operator looks again.
	 *
	 * @param proposedPriceCents the price held now, in minor units
	 * @param proposedCurrency its currency
	 */
	record ProposalChanged(long proposedPriceCents, String proposedCurrency) implements PriceHoldRelease {

	}

}
