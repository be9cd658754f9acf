package dev.centraldistribution.distributor.checkout;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Changed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Refused;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderOfCheckout;
import dev.centraldistribution.distributor.payments.PaymentAuthorization;
import dev.centraldistribution.distributor.payments.PaymentUnavailableException;
import dev.centraldistribution.logging.LogFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Checks out a customer's cart: all or nothing, never more than is in stock, and one
 * order per checkout token however often the form is submitted. The payment is authorised
 * before the stock transaction, so that no row lock waits on the gateway, and released
 * when that transaction places nothing.
 */
@Service
public class PlaceOrder {

	private static final Logger logger = LoggerFactory.getLogger(PlaceOrder.class);

	private static final int MAX_ROUNDS = 3;

	private final CheckoutTokens tokens;

	private final CheckoutQuotes quotes;

	private final OrderOfCheckout orders;

	private final ViewCart viewCart;

	private final OfferingCatalog catalog;

	private final CheckoutPayment payment;

	private final OrderPlacement placement;

	private final CheckoutProperties properties;

	private final Clock clock;

	private final CheckoutMetrics metrics;

	private final ShortageTally shortages;

	PlaceOrder(CheckoutTokens tokens, CheckoutQuotes quotes, OrderOfCheckout orders, ViewCart viewCart,
			OfferingCatalog catalog, CheckoutPayment payment, OrderPlacement placement, CheckoutProperties properties,
			Clock clock, CheckoutMetrics metrics, ShortageTally shortages) {
		this.tokens = tokens;
		this.quotes = quotes;
		this.orders = orders;
		this.viewCart = viewCart;
		this.catalog = catalog;
		this.payment = payment;
		this.placement = placement;
		this.properties = properties;
		this.clock = clock;
		this.metrics = metrics;
		this.shortages = shortages;
	}

	/**
	 * Places the order of a checkout form: what the form showed, at the prices it showed
	 * or lower ones, or nothing.
	 * @param customer who submits the form
	 * @param token the token the form carries
	 * @return the order placed (now or by an earlier submission), what changed since the
	 * form was shown, the lines that ran short, or why nothing was bought
	 */
	public CheckoutOutcome place(CustomerId customer, CheckoutToken token) {
		long started = System.nanoTime();
		CheckoutOutcome outcome = placeInRounds(customer, token);
		this.metrics.record(outcome, Duration.ofNanos(System.nanoTime() - started));
		if (outcome instanceof Placed placed && !placed.repeated()) {
			String number = String.valueOf(placed.order().value());
			try (LogFields.Scope fields = LogFields.with(LogFields.ORDER_NUMBER, number)) {
				// Ties the request's id to the order's number in the logs.
				logger.info("Order {} placed", number);
			}
		}
		return outcome;
	}

	private CheckoutOutcome placeInRounds(CustomerId customer, CheckoutToken token) {
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Optional<CheckoutOutcome> outcome = attempt(customer, token);
			if (outcome.isPresent()) {
				if (outcome.get() instanceof ShortOfStock) {
					this.shortages.record(this.clock.instant());
				}
				return outcome.get();
			}
		}
		return Refused.because(CheckoutRefusal.TRY_AGAIN);
	}

	/**
	 * One attempt; empty when a concurrent submission of the same form ended it first.
	 */
	private Optional<CheckoutOutcome> attempt(CustomerId customer, CheckoutToken token) {
		Optional<IssuedToken> found = this.tokens.find(token).filter((issued) -> issued.customer().equals(customer));
		if (found.isEmpty()) {
			return Optional.of(Refused.because(CheckoutRefusal.TOKEN_NOT_RECOGNISED));
		}
		IssuedToken issued = found.get();
		if (issued.placed()) {
			return placedMeanwhile(token);
		}
		if (issued.isExpiredAt(this.clock.instant(), this.properties.tokenTimeToLive())) {
			return Optional.of(Refused.because(CheckoutRefusal.TOKEN_EXPIRED));
		}
		Optional<Quote> quote = this.quotes.find(token);
		if (quote.isEmpty()) {
			return Optional.of(placedMeanwhile(token).orElse(Refused.because(CheckoutRefusal.TOKEN_NOT_RECOGNISED)));
		}
		CartView cart = this.viewCart.of(customer);
		Basket basket = Basket.of(cart, quote.get().mode());
		Optional<CheckoutOutcome> unbuyable = unbuyable(cart, basket, quote.get());
		if (unbuyable.isPresent()) {
			return Optional.of(placedMeanwhile(token).orElse(unbuyable.get()));
		}
		PaymentAuthorization authorization;
		try {
			authorization = this.payment.authorize(issued, basket);
		}
		catch (PaymentUnavailableException ex) {
			return Optional.of(Refused.because(CheckoutRefusal.PAYMENT_PAUSED));
		}
		catch (RuntimeException ex) {
			logger.warn("Payment gateway failed to authorise checkout {}", token, ex);
			return Optional.of(Refused.because(CheckoutRefusal.PAYMENT_UNAVAILABLE));
		}
		if (!authorization.approved()) {
			// A later submission of the same form (with a card added, say) asks anew.
			this.tokens.failAttempt(issued);
			return Optional.of(authorization.lacksCard() ? Refused.because(CheckoutRefusal.NO_CARD)
					: new Refused(CheckoutRefusal.PAYMENT_DECLINED, authorization.declineReason()));
		}
		return place(issued, basket, quote.get(), authorization.reference());
	}

	/**
	 * Why the cart cannot be bought as the form showed it, if it cannot: an empty cart,
	 * nothing left, a change the customer must confirm, a shortage, or mixed currencies.
	 */
	private Optional<CheckoutOutcome> unbuyable(CartView cart, Basket basket, Quote quote) {
		if (cart.isEmpty()) {
			return Optional.of(Refused.because(CheckoutRefusal.EMPTY_CART));
		}
		if (quote.mode() == CheckoutMode.AVAILABLE_ONLY && basket.isEmpty()) {
			return Optional.of(Refused.because(CheckoutRefusal.NOTHING_AVAILABLE));
		}
		List<QuoteChange> changes = quote.changesTo(basket, offeringsOf(quote, cart));
		if (changes.stream().anyMatch(QuoteChange::needsConfirmation)) {
			return Optional.of(new Changed(changes, quote.mode()));
		}
		if (quote.mode() == CheckoutMode.ALL_OR_NOTHING && cart.hasUnavailableLines()) {
			return Optional.of(new ShortOfStock(cart.lines()
				.stream()
				.filter((line) -> !line.isBuyable())
				.map((line) -> shortLine(line.offering(), line.quantity()))
				.toList()));
		}
		if (basket.currency() == null) {
			return Optional.of(Refused.because(CheckoutRefusal.MIXED_CURRENCIES));
		}
		return Optional.empty();
	}

	/** The offerings of the cart, and of quoted lines the cart no longer holds. */
	private Map<OfferingId, OfferingView> offeringsOf(Quote quote, CartView cart) {
		Map<OfferingId, OfferingView> offerings = new HashMap<>();
		cart.lines().forEach((line) -> offerings.put(line.offering().id(), line.offering()));
		List<OfferingId> gone = quote.lines()
			.stream()
			.map(QuotedLine::offering)
			.filter((offering) -> !offerings.containsKey(offering))
			.toList();
		offerings.putAll(this.catalog.findAll(gone));
		return offerings;
	}

	private Optional<CheckoutOutcome> place(IssuedToken issued, Basket basket, Quote quote, String paymentReference) {
		OrderPlacement.Result result;
		try {
			result = this.placement.place(issued, basket, quote.totalCents(), paymentReference);
		}
		catch (RuntimeException ex) {
			this.payment.abandon(issued, paymentReference);
			// On H2 a submission waiting for the token's row lock can time out while
			// another submission of the same form places the order.
			return Optional.of(placedMeanwhile(issued.token()).orElseThrow(() -> ex));
		}
		if (result instanceof OrderPlacement.Placed placed) {
			return Optional.of(new Placed(placed.order(), false));
		}
		if (result instanceof OrderPlacement.RanShort ranShort) {
			this.payment.abandon(issued, paymentReference);
			return Optional.of(shortage(basket, ranShort.offerings()));
		}
		this.payment.releaseUnlessUsed(issued, paymentReference);
		return placedMeanwhile(issued.token());
	}

	/**
	 * The order a concurrent submission of the same form placed: it may have emptied the
	 * cart or taken the last units since this submission read its token.
	 */
	private Optional<CheckoutOutcome> placedMeanwhile(CheckoutToken token) {
		return this.orders.find(token.value()).map((placed) -> new Placed(placed.order(), true));
	}

	/**
	 * The lines that ran short, with what is left of each now that the attempt is over.
	 */
	private ShortOfStock shortage(Basket basket, List<OfferingId> shortOfStock) {
		Map<OfferingId, OfferingView> now = this.catalog.findAll(shortOfStock);
		return new ShortOfStock(basket.lines()
			.stream()
			.filter((line) -> shortOfStock.contains(line.offering().id()))
			.map((line) -> shortLine(now.getOrDefault(line.offering().id(), line.offering()), line.quantity()))
			.toList());
	}

	private static ShortLine shortLine(OfferingView offering, long requested) {
		return new ShortLine(offering.id(), offering.productName(), offering.manufacturerName(), requested,
				Math.max(0, offering.buyable()), !offering.onSale() && !offering.priceHeld(), offering.priceHeld());
	}

}
