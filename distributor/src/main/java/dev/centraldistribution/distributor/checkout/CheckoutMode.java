package dev.centraldistribution.distributor.checkout;

/**
 * What a checkout does when something ran short.
 */
public enum CheckoutMode {

	/** Buy every line in full, or nothing. */
	ALL_OR_NOTHING,

	/**
	 * Buy what is available: each line capped to what is left now, sold-out lines
	 * dropped. Still all or nothing on those quantities.
	 */
	AVAILABLE_ONLY

}
