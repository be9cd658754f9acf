package dev.centraldistribution.distributor.checkout;

import java.time.Duration;
import java.time.Instant;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * A checkout token as stored.
 *
 * @param token the token
 * @param customer who it was issued to
 * @param issuedAt when
 * @param attempt how many attempts with it failed after a payment was authorised (or
 * declined): each attempt authorises under its own idempotency key, so that an
 * authorisation released after a failure is never used again
 * @param placed whether it placed its order
 */
record IssuedToken(CheckoutToken token, CustomerId customer, Instant issuedAt, int attempt, boolean placed) {

	boolean isExpiredAt(Instant now, Duration timeToLive) {
		return this.issuedAt.plus(timeToLive).isBefore(now);
	}

	/** The payment idempotency key of this attempt for an amount. */
	String paymentKey(long amountCents) {
		return "checkout-" + this.token + "-" + this.attempt + "-" + amountCents;
	}

}
