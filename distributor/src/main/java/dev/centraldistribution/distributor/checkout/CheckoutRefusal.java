package dev.centraldistribution.distributor.checkout;

/**
 * Why a checkout placed no order, stock apart (see {@link CheckoutOutcome.ShortOfStock}).
 */
public enum CheckoutRefusal {

	/** The token was never issued, or was issued to another customer. */
	TOKEN_NOT_RECOGNISED,

	/** The checkout form is older than the token's time to live. */
	TOKEN_EXPIRED,

	/** There is nothing in the cart. */
	EMPTY_CART,

	/** Buying what is available would buy nothing: every line is sold out. */
	NOTHING_AVAILABLE,

	/**
	 * The cart holds prices in more than one currency, which one payment cannot cover.
	 */
	MIXED_CURRENCIES,

	/** The customer has no payment card on file. */
	NO_CARD,

	/** The payment gateway declined the charge. */
	PAYMENT_DECLINED,

	/** The payment gateway could not be reached; nothing was charged. */
	PAYMENT_UNAVAILABLE,

	/**
	 * The payment gateway failed repeatedly, so it is not asked for a while (its circuit
	 * breaker is open); nothing was charged.
	 */
	PAYMENT_PAUSED,

	/** Submissions of the same form kept overtaking each other; nothing was bought. */
	TRY_AGAIN

}
