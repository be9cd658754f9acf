package dev.centraldistribution.distributor.web.checkout;

import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Refused;

/**
 * Tells customers, in words, why a checkout bought nothing.
 */
final class CheckoutMessages {

	private CheckoutMessages() {
	}

	static String describe(Refused refused) {
		return switch (refused.reason()) {
			case TOKEN_NOT_RECOGNISED -> "This checkout form is not valid. Please review your order again.";
			case TOKEN_EXPIRED -> "This checkout form has expired. Please review your order and confirm it again.";
			case EMPTY_CART -> "Your cart is empty: nothing was bought.";
			case NOTHING_AVAILABLE -> "Everything in your cart is sold out: nothing was bought.";
			case MIXED_CURRENCIES -> "Your cart holds prices in different currencies, which one payment cannot cover.";
			case NO_CARD -> "Add a payment card to your account before you buy.";
			case PAYMENT_DECLINED -> "Your payment was declined"
					+ ((refused.detail() != null) ? ": " + refused.detail() : "") + ". Nothing was bought.";
			case PAYMENT_UNAVAILABLE ->
				"We could not reach the payment service. Nothing was charged; please try again.";
			case PAYMENT_PAUSED ->
				"Payment is unavailable at the moment. Nothing was charged; please try again in a minute.";
			case TRY_AGAIN -> "Your order changed while it was being placed. Nothing was bought; please try again.";
		};
	}

}
