package dev.centraldistribution.distributor.payments;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.PaymentLedger.StoredRefund;
import dev.centraldistribution.distributor.payments.StoredAuthorization.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment gateway that runs in the distributor: it approves charges against the card on
 * file unless the card is a declining test card or has expired, and records every
 * authorisation and refund in its own tables.
 * <p>
 * Like a real gateway it is outside the caller's transaction: each call commits on its
 * own ({@code REQUIRES_NEW}), so an approved authorisation survives a rolled-back
 * checkout and must be released. Idempotency keys are unique in the database: a repeated
 * or concurrent request with the same key gets the first answer and charges once.
 */
@Service
class SimulatedPaymentGateway implements PaymentGateway {

	private static final Logger logger = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final StoredCards cards;

	private final PaymentLedger ledger;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SimulatedPaymentGateway(StoredCards cards, PaymentLedger ledger, PlatformTransactionManager transactions,
			Clock clock) {
		this.cards = cards;
		this.ledger = ledger;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MaskedCard> cardOnFile(CustomerId customer) {
		return this.cards.find(customer).map(StoredCard::masked);
	}

	@Override
	public PaymentAuthorization authorize(ChargeRequest request) {
		if (request.currency() == null || !CURRENCY.matcher(request.currency()).matches()) {
			throw new IllegalArgumentException("A charge needs an ISO 4217 currency, not " + request.currency());
		}
		// Insert first: a new key, the usual case, costs one transaction; a key used
		// before (a repeated or concurrent request) inserts nothing and gets the first
		// answer.
		return authorizeUnlessKeyUsed(request).orElseGet(() -> answerAgain(request,
				inOwnTransaction(() -> this.ledger.findAuthorizationByKey(request.idempotencyKey()))
					.orElseThrow(() -> new IllegalStateException(
							"Authorisation with key " + request.idempotencyKey() + " neither inserted nor found"))));
	}

	private Optional<PaymentAuthorization> authorizeUnlessKeyUsed(ChargeRequest request) {
		try {
			return inOwnTransaction(() -> {
				StoredAuthorization authorization = decide(request);
				if (!this.ledger.insertUnlessKeyUsed(authorization)) {
					return Optional.empty();
				}
				logger.info("Authorisation {} for customer {} of {} {}: {}", authorization.reference(),
						request.customer(), request.amountCents(), request.currency(),
						(authorization.status() == Status.APPROVED) ? "approved"
								: "declined, " + authorization.declineReason());
				return Optional.of(authorization.answer());
			});
		}
		catch (DuplicateKeyException ex) {
			// H2 may refuse a concurrent insert of the same key instead of skipping it.
			return Optional.empty();
		}
	}

	@Override
	public void refund(String authorizationReference, long amountCents, String idempotencyKey) {
		if (amountCents <= 0) {
			throw new IllegalArgumentException("A refund is positive, not " + amountCents);
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("A refund needs an idempotency key");
		}
		Optional<StoredRefund> earlier = inOwnTransaction(() -> this.ledger.findRefundByKey(idempotencyKey));
		if (earlier.isPresent()) {
			checkSameRefund(earlier.get(), authorizationReference, amountCents, idempotencyKey);
			return;
		}
		try {
			inOwnTransaction(() -> refundOnce(authorizationReference, amountCents, idempotencyKey));
			logger.info("Refund {} of {} on authorisation {}", idempotencyKey, amountCents, authorizationReference);
			return;
		}
		catch (DataIntegrityViolationException | DidNotFit ex) {
			// The same key used at the same moment (that refund committed first), no such
			// authorisation, or more than is left: told apart below.
		}
		Optional<StoredRefund> concurrent = inOwnTransaction(() -> this.ledger.findRefundByKey(idempotencyKey));
		if (concurrent.isPresent()) {
			checkSameRefund(concurrent.get(), authorizationReference, amountCents, idempotencyKey);
			return;
		}
		throw refusal(authorizationReference, amountCents);
	}

	/**
	 * Refunds within the caller's transaction, the key first: a second refund under the
	 * same key waits on the key's unique index until the first commits or rolls back, and
	 * then finds it, or takes its place. (Claiming the key first matters on H2: there, a
	 * conditional update may answer at once from another refund's uncommitted row, and
	 * the refund's own row may become visible after the authorisation's.)
	 */
	private Void refundOnce(String reference, long amountCents, String key) {
		this.ledger.insertRefund(key, reference, amountCents);
		if (!this.ledger.addRefunded(reference, amountCents)) {
			throw new DidNotFit();
		}
		return null;
	}

	@Override
	public void release(String authorizationReference) {
		if (inOwnTransaction(() -> this.ledger.release(authorizationReference))) {
			logger.info("Authorisation {} released", authorizationReference);
		}
	}

	private StoredAuthorization decide(ChargeRequest request) {
		Optional<StoredCard> card = this.cards.find(request.customer());
		String declineReason = card.isPresent() ? declineReasonFor(card.get()) : PaymentAuthorization.NO_CARD;
		return new StoredAuthorization("auth_" + UUID.randomUUID().toString().replace("-", ""),
				request.idempotencyKey(), request.customer(), card.map(StoredCard::token).orElse(null),
				request.amountCents(), request.currency(), (declineReason != null) ? Status.DECLINED : Status.APPROVED,
				declineReason, 0);
	}

	private String declineReasonFor(StoredCard card) {
		if (card.expiry().isBefore(YearMonth.now(this.clock))) {
			return TestCardBehaviour.EXPIRED_CARD.declineReason();
		}
		return card.behaviour().declineReason();
	}

	private static PaymentAuthorization answerAgain(ChargeRequest request, StoredAuthorization earlier) {
		if (!earlier.answers(request)) {
			throw new IllegalArgumentException(
					"Idempotency key " + request.idempotencyKey() + " was already used for a different charge");
		}
		return earlier.answer();
	}

	private static void checkSameRefund(StoredRefund earlier, String reference, long amountCents, String key) {
		if (!earlier.reference().equals(reference) || earlier.amountCents() != amountCents) {
			throw new IllegalArgumentException("Idempotency key " + key + " was already used for a different refund");
		}
	}

	private IllegalArgumentException refusal(String reference, long amountCents) {
		Optional<StoredAuthorization> authorization = inOwnTransaction(() -> this.ledger.findAuthorization(reference));
		if (authorization.isEmpty()) {
			return new IllegalArgumentException("No authorisation " + reference);
		}
		StoredAuthorization found = authorization.get();
		if (found.status() != Status.APPROVED) {
			return new IllegalArgumentException("Authorisation " + reference + " is "
					+ found.status().name().toLowerCase(Locale.ROOT) + ": nothing to refund");
		}
		return new IllegalArgumentException("A refund of " + amountCents + " exceeds the "
				+ (found.amountCents() - found.refundedCents()) + " left of authorisation " + reference);
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		return this.ownTransaction.execute((status) -> work.get());
	}

	/** Rolls a refund back that would exceed what is left. */
	private static final class DidNotFit extends RuntimeException {

		DidNotFit() {
			super(null, null, false, false);
		}

	}

}
