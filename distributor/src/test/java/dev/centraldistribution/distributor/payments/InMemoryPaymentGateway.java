package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.ChargeRequest;
import dev.centraldistribution.distributor.payments.MaskedCard;
import dev.centraldistribution.distributor.payments.PaymentAuthorization;
import dev.centraldistribution.distributor.payments.PaymentGateway;

/**
 * A payment gateway for tests that keeps cards and authorisations in memory. Idempotent
 * per key like the real one: the first answer for a key is the answer for every repeat.
 */
public class InMemoryPaymentGateway implements PaymentGateway {

	private final Map<CustomerId, MaskedCard> cards = new ConcurrentHashMap<>();

	private final Map<CustomerId, String> declines = new ConcurrentHashMap<>();

	private final Map<String, Authorization> authorizations = new ConcurrentHashMap<>();

	private final Set<String> released = ConcurrentHashMap.newKeySet();

	private final Map<CustomerId, Runnable> interruptions = new ConcurrentHashMap<>();

	public void giveCard(CustomerId customer) {
		this.cards.put(customer, new MaskedCard("Visa", "4242", YearMonth.now().plusYears(2)));
	}

	/**
	 * Declines every new charge of a customer with a reason, until {@link #approveFor}.
	 */
	public void declineFor(CustomerId customer, String reason) {
		this.declines.put(customer, reason);
	}

	public void approveFor(CustomerId customer) {
		this.declines.remove(customer);
	}

	/**
	 * Runs something, once, while the next charge of a customer is being authorised: the
	 * moment between a checkout reading the cart and its stock transaction.
	 */
	public void whileAuthorizing(CustomerId customer, Runnable interruption) {
		this.interruptions.put(customer, interruption);
	}

	@Override
	public Optional<MaskedCard> cardOnFile(CustomerId customer) {
		return Optional.ofNullable(this.cards.get(customer));
	}

	@Override
	public PaymentAuthorization authorize(ChargeRequest request) {
		return this.authorizations.computeIfAbsent(request.idempotencyKey(), (key) -> decide(request)).answer();
	}

	private Authorization decide(ChargeRequest request) {
		Runnable interruption = this.interruptions.remove(request.customer());
		if (interruption != null) {
			interruption.run();
		}
		String decline = this.declines.get(request.customer());
		if (decline != null || !this.cards.containsKey(request.customer())) {
			return new Authorization(request,
					PaymentAuthorization.declined((decline != null) ? decline : PaymentAuthorization.NO_CARD));
		}
		return new Authorization(request, PaymentAuthorization.approved("auth-" + UUID.randomUUID()));
	}

	@Override
	public void refund(String authorizationReference, long amountCents, String idempotencyKey) {
		throw new UnsupportedOperationException("Refunds are not part of checkout");
	}

	@Override
	public void release(String authorizationReference) {
		this.released.add(authorizationReference);
	}

	/** Approved authorisations of a customer, released or not. */
	public List<Authorization> approvedFor(CustomerId customer) {
		return this.authorizations.values()
			.stream()
			.filter((authorization) -> authorization.request().customer().equals(customer))
			.filter((authorization) -> authorization.answer().approved())
			.toList();
	}

	/** Approved authorisations of a customer that were not released. */
	public List<Authorization> heldFor(CustomerId customer) {
		return approvedFor(customer).stream().filter((authorization) -> !isReleased(authorization)).toList();
	}

	public boolean isReleased(Authorization authorization) {
		return this.released.contains(authorization.answer().reference());
	}

	/**
	 * One authorisation as requested and answered.
	 *
	 * @param request the charge asked for
	 * @param answer the gateway's answer
	 */
	public record Authorization(ChargeRequest request, PaymentAuthorization answer) {

		public String reference() {
			return this.answer.reference();
		}

	}

}
