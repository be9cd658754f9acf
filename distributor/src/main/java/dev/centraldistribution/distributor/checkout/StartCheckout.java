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
 * Prepares a checkout form: the lines to confirm, the card that pays, and a fresh
 * checkout token bound to what the form shows.
 */
@Service
public class StartCheckout {

	private final ViewCart viewCart;

	private final PaymentGateway payments;

	private final CheckoutTokens tokens;

	private final CheckoutQuotes quotes;

	private final Clock clock;

	StartCheckout(ViewCart viewCart, PaymentGateway payments, CheckoutTokens tokens, CheckoutQuotes quotes,
			Clock clock) {
		this.viewCart = viewCart;
		this.payments = payments;
		this.tokens = tokens;
		this.quotes = quotes;
		this.clock = clock;
	}

	/**
	 * A form that buys the whole cart.
	 * @param customer whose cart
	 * @return what the form shows
	 */
	@Transactional
	public CheckoutSummary start(CustomerId customer) {
		return start(customer, CheckoutMode.ALL_OR_NOTHING);
	}

	/**
	 * A form that buys the whole cart, or what is available of it.
	 * @param customer whose cart
	 * @param mode whole cart or what is available
	 * @return what the form shows; without a token when there is nothing to buy
	 */
	@Transactional
	public CheckoutSummary start(CustomerId customer, CheckoutMode mode) {
		CartView shown = Quote.shown(this.viewCart.of(customer), mode);
		Optional<MaskedCard> card = this.payments.cardOnFile(customer);
		if (shown.isEmpty()) {
			return new CheckoutSummary(shown, card, null, mode);
		}
		CheckoutToken token = CheckoutToken.random();
		this.tokens.issue(token, customer, this.clock.instant());
		this.quotes.save(token, Quote.of(mode, shown));
		return new CheckoutSummary(shown, card, token, mode);
	}

}
