package dev.centraldistribution.distributor.payments;

import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * Charges customers against the card they keep on file. Every operation is idempotent per
 * idempotency key: repeating a request returns the first answer and charges once.
 */
public interface PaymentGateway {

	/**
	 * The customer's card on file, masked.
	 * @param customer the account
	 * @return the card, empty when the customer has none
	 */
	Optional<MaskedCard> cardOnFile(CustomerId customer);

	/**
	 * Authorises a charge against the customer's card on file.
	 * @param request who pays how much, and the idempotency key (one per order)
	 * @return approved with a reference, or declined with a reason the customer may see
	 * ({@link PaymentAuthorization#NO_CARD} when there is no card on file)
	 */
	PaymentAuthorization authorize(ChargeRequest request);

	/**
	 * Gives back part or all of an approved authorisation, at most what is left of it.
	 * @param authorizationReference the approved authorisation
	 * @param amountCents what to give back, in minor units
	 * @param idempotencyKey one per refund (e.g. per rejected line)
	 */
	void refund(String authorizationReference, long amountCents, String idempotencyKey);

	/**
	 * Releases an approved authorisation that will not be used (e.g. the order could not
	 * be placed). Releasing twice, or releasing an unknown reference, changes nothing.
	 * @param authorizationReference the approved authorisation
	 */
	void release(String authorizationReference);

}
