package dev.centraldistribution.distributor.checkout;

import java.util.Optional;

import dev.centraldistribution.distributor.orders.OrderOfCheckout;
import dev.centraldistribution.distributor.orders.PlacedOrderRef;
import dev.centraldistribution.distributor.payments.ChargeRequest;
import dev.centraldistribution.distributor.payments.PaymentAuthorization;
import dev.centraldistribution.distributor.payments.PaymentCircuitBreaker;
import dev.centraldistribution.distributor.payments.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The payment of a checkout attempt. Each attempt with a token authorises under its own
 * idempotency key: concurrent submissions of one form share one authorisation, and an
 * authorisation released after a failed attempt is never used by a later one.
 */
@Component
class CheckoutPayment {

	private static final Logger logger = LoggerFactory.getLogger(CheckoutPayment.class);

	private final PaymentGateway gateway;

	private final PaymentCircuitBreaker breaker;

	private final CheckoutTokens tokens;

	private final OrderOfCheckout orders;

	CheckoutPayment(PaymentGateway gateway, PaymentCircuitBreaker breaker, CheckoutTokens tokens,
			OrderOfCheckout orders) {
		this.gateway = gateway;
		this.breaker = breaker;
		this.tokens = tokens;
		this.orders = orders;
	}

	/**
	 * Authorises the basket's total, through the gateway's circuit breaker (which fails
	 * at once while open). The gateway declines when there is no card on file; an order
	 * that costs nothing needs no authorisation, only a card.
	 */
	PaymentAuthorization authorize(IssuedToken issued, Basket basket) {
		long total = basket.totalCents();
		if (total == 0) {
			return this.gateway.cardOnFile(issued.customer()).isPresent() ? PaymentAuthorization.approved(null)
					: PaymentAuthorization.declined(PaymentAuthorization.NO_CARD);
		}
		return this.breaker
			.authorize(new ChargeRequest(issued.paymentKey(total), issued.customer(), total, basket.currency()));
	}

	/**
	 * Ends an attempt that placed nothing, then releases its authorisation unless an
	 * order holds it. The attempt ends first: from then on no submission can place an
	 * order with this authorisation.
	 */
	void abandon(IssuedToken issued, String paymentReference) {
		this.tokens.failAttempt(issued);
		releaseUnlessUsed(issued, paymentReference);
	}

	/**
	 * Releases an authorisation of an attempt that has ended (this submission's or a
	 * concurrent one's), so that only an order already placed may hold it.
	 */
	void releaseUnlessUsed(IssuedToken issued, String paymentReference) {
		if (paymentReference == null) {
			return;
		}
		Optional<PlacedOrderRef> placed = this.orders.find(issued.token().value());
		if (placed.isPresent() && paymentReference.equals(placed.get().paymentReference())) {
			return;
		}
		try {
			this.gateway.release(paymentReference);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not release payment authorisation {}; it will lapse", paymentReference, ex);
		}
	}

}
