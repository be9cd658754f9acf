package dev.centraldistribution.distributor.checkout;

import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.payments.MaskedCard;

/**
 * What a customer confirms at checkout.
 *
 * @param cart the cart with what is available now
 * @param card the card that pays, empty when there is none on file
 * @param token the token the checkout form carries, {@code null} when the cart is empty
 */
public record CheckoutSummary(CartView cart, Optional<MaskedCard> card, CheckoutToken token) {

	public boolean canPlaceOrder() {
		return this.token != null && this.card.isPresent();
	}

}
