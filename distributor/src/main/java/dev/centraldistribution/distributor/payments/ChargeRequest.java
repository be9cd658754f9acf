package dev.centraldistribution.distributor.payments;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * A charge to authorise.
 *
 * @param idempotencyKey the same key never charges twice
 * @param customer whose card on file pays
 * @param amountCents the amount in minor units, positive
 * @param currency ISO 4217 code
 */
public record ChargeRequest(String idempotencyKey, CustomerId customer, long amountCents, String currency) {

	public ChargeRequest {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("A charge needs an idempotency key");
		}
		if (amountCents <= 0) {
			throw new IllegalArgumentException("A charge is positive, not " + amountCents);
		}
	}

}
