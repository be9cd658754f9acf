package dev.centraldistribution.distributor.web.checkout;

import dev.centraldistribution.distributor.checkout.CheckoutMode;

/**
 * The checkout form as sent back.
 *
 * @param token the checkout token the form carried
 * @param mode {@code available} to buy what is available, anything else buys all or
 * nothing
 */
record CheckoutForm(String token, String mode) {

	CheckoutMode checkoutMode() {
		return "available".equals(this.mode) ? CheckoutMode.AVAILABLE_ONLY : CheckoutMode.ALL_OR_NOTHING;
	}

}
