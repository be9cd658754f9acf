package dev.centraldistribution.distributor.checkout;

import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.payments.MaskedCard;

/**
 * What a customer confirms at checkout: submitting the form places exactly these lines at
 * these prices (or lower ones), or nothing.
 *
 * @param cart the lines shown, with what is available now: the whole cart, or in
 * {@link CheckoutMode#AVAILABLE_ONLY} each line capped to what is available
 * @param card the card that pays, empty when there is none on file
 * @param token the token the checkout form carries, {@code null} when there is nothing to
 * buy
 * @param mode whether the form buys the whole cart or what is available
 */
public record CheckoutSummary(CartView cart, Optional<MaskedCard> card, CheckoutToken token, CheckoutMode mode) {

	public boolean canPlaceOrder() {
		return this.token != null && this.card.isPresent();
	}

}
