package dev.centraldistribution.distributor.cart;

/**
 * Why a cart change was refused.
 */
public enum CartRefusal {

	/** Fewer than one unit was asked for. */
	QUANTITY_TOO_SMALL,

	/** More units than one line may hold were asked for. */
	ABOVE_LINE_LIMIT,

	/** There is no such offering. */
	UNKNOWN_OFFERING,

	/** Nothing of the offering is left. */
	SOLD_OUT,

	/** Its manufacturer is not answering: nothing of it is sold until it is back. */
	MANUFACTURER_UNREACHABLE,

	/**
	 * Its manufacturer raised its price beyond the bound: nothing of it is sold until the
	 * operator has reviewed the new price.
	 */
	PRICE_HELD,

	/** Fewer units are available than the line would hold. */
	MORE_THAN_AVAILABLE,

	/** The cart holds as many offerings as it may. */
	CART_FULL,

	/** The customer has no such line (any more). */
	LINE_NOT_FOUND

}
