package dev.centraldistribution.distributor.checkout;

import java.time.Clock;
import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.MaskedCard;
import dev.centraldistribution.distributor.payments.PaymentGateway;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a checkout form: the cart to confirm, the card that pays, and a fresh checkout
 * token.
 */
@Service
public class StartCheckout {

	private final ViewCart viewCart;

	private final PaymentGateway payments;

	private final CheckoutTokens tokens;

	private final Clock clock;

	StartCheckout(ViewCart viewCart, PaymentGateway payments, CheckoutTokens tokens, Clock clock) {
		this.viewCart = viewCart;
		this.payments = payments;
		this.tokens = tokens;
		this.clock = clock;
	}

	@Transactional
	public CheckoutSummary start(CustomerId customer) {
		CartView cart = this.viewCart.of(customer);
		Optional<MaskedCard> card = this.payments.cardOnFile(customer);
		if (cart.isEmpty()) {
			return new CheckoutSummary(cart, card, null);
		}
		CheckoutToken token = CheckoutToken.random();
		this.tokens.issue(token, customer, this.clock.instant());
		return new CheckoutSummary(cart, card, token);
	}

}
