package dev.centraldistribution.distributor.payments;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * An authorisation as the ledger keeps it, approved or declined.
 *
 * @param reference the gateway's reference
 * @param idempotencyKey the caller's key, unique
 * @param customer who pays
 * @param cardToken the card charged, {@code null} when there was none
 * @param amountCents the amount in minor units
 * @param currency ISO 4217 code
 * @param status approved, declined or released
 * @param declineReason why it was declined, {@code null} otherwise
 * @param refundedCents how much of it was given back so far
 */
record StoredAuthorization(String reference, String idempotencyKey, CustomerId customer, String cardToken,
		long amountCents, String currency, Status status, String declineReason, long refundedCents) {

	enum Status {

		APPROVED, DECLINED, RELEASED

	}

	PaymentAuthorization answer() {
		return (this.status == Status.DECLINED) ? PaymentAuthorization.declined(this.declineReason)
				: PaymentAuthorization.approved(this.reference);
	}

	boolean answers(ChargeRequest request) {
		return this.customer.equals(request.customer()) && this.amountCents == request.amountCents()
				&& this.currency.equals(request.currency());
	}

}
