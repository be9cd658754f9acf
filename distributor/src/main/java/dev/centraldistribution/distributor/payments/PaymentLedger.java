package dev.centraldistribution.distributor.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gateway's record of authorisations and refunds. Idempotency keys are unique in the
 * database, so that duplicates are refused however many instances race.
 */
@Repository
class PaymentLedger {

	private final JdbcClient jdbc;

	private final Clock clock;

	PaymentLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<StoredAuthorization> findAuthorizationByKey(String idempotencyKey) {
		return this.jdbc.sql("select * from payment_authorization where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(this::authorization)
			.optional();
	}

	Optional<StoredAuthorization> findAuthorization(String reference) {
		return this.jdbc.sql("select * from payment_authorization where reference = :reference")
			.param("reference", reference)
			.query(this::authorization)
			.optional();
	}

	/**
	 * Records an authorisation unless one with the same idempotency key exists.
	 * @return whether it was recorded
	 */
	boolean insertUnlessKeyUsed(StoredAuthorization authorization) {
		return this.jdbc.sql("""
				insert into payment_authorization (reference, idempotency_key, customer_id, card_token, amount_cents,
				                                   currency, status, decline_reason, refunded_cents, created_at)
				values (:reference, :key, :customer, :card, :amount, :currency, :status, :reason, 0, :now)
				on conflict do nothing
				""")
			.param("reference", authorization.reference())
			.param("key", authorization.idempotencyKey())
			.param("customer", authorization.customer().value())
			.param("card", authorization.cardToken())
			.param("amount", authorization.amountCents())
			.param("currency", authorization.currency())
			.param("status", authorization.status().name())
			.param("reason", authorization.declineReason())
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Adds to what was refunded of an approved authorisation, in one conditional
	 * statement that never lets refunds exceed the amount.
	 * @return whether the refund fitted
	 */
	boolean addRefunded(String reference, long amountCents) {
		return this.jdbc.sql("""
				update payment_authorization set refunded_cents = refunded_cents + :amount
				where reference = :reference and status = 'APPROVED' and refunded_cents + :amount <= amount_cents
				""").param("amount", amountCents).param("reference", reference).update() == 1;
	}

	void insertRefund(String idempotencyKey, String reference, long amountCents) {
		this.jdbc.sql("""
				insert into payment_refund (idempotency_key, authorization_reference, amount_cents, created_at)
				values (:key, :reference, :amount, :now)
				""")
			.param("key", idempotencyKey)
			.param("reference", reference)
			.param("amount", amountCents)
			.param("now", now())
			.update();
	}

	Optional<StoredRefund> findRefundByKey(String idempotencyKey) {
		return this.jdbc
			.sql("select authorization_reference, amount_cents from payment_refund where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query((row, rowNumber) -> new StoredRefund(row.getString("authorization_reference"),
					row.getLong("amount_cents")))
			.optional();
	}

	boolean release(String reference) {
		return this.jdbc.sql("""
				update payment_authorization set status = 'RELEASED', released_at = :now
				where reference = :reference and status = 'APPROVED'
				""").param("now", now()).param("reference", reference).update() == 1;
	}

	private StoredAuthorization authorization(ResultSet row, int rowNumber) throws SQLException {
		return new StoredAuthorization(row.getString("reference"), row.getString("idempotency_key"),
				new CustomerId(row.getLong("customer_id")), row.getString("card_token"), row.getLong("amount_cents"),
				row.getString("currency").strip(), StoredAuthorization.Status.valueOf(row.getString("status")),
				row.getString("decline_reason"), row.getLong("refunded_cents"));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/**
	 * A refund as the ledger keeps it.
	 *
	 * @param reference the authorisation refunded
	 * @param amountCents how much was given back
	 */
	record StoredRefund(String reference, long amountCents) {

	}

}
