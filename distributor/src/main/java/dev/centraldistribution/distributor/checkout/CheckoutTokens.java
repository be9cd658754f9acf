package dev.centraldistribution.distributor.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code checkout_token} table: tokens issued with checkout forms, and whether they
 * placed their order.
 */
@Repository
class CheckoutTokens {

	private final JdbcClient jdbc;

	CheckoutTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void issue(CheckoutToken token, CustomerId customer, Instant now) {
		this.jdbc.sql("insert into checkout_token (token, customer_id, issued_at) values (:token, :customer, :now)")
			.param("token", token.value())
			.param("customer", customer.value())
			.param("now", utc(now))
			.update();
	}

	/**
	 * Forgets every customer's tokens that placed nothing and were issued before a
	 * moment. No order refers to them: {@code placed_at} is set in the transaction that
	 * writes the token's order.
	 * @return how many were forgotten
	 */
	int forgetUnusedIssuedBefore(Instant issuedBefore) {
		return this.jdbc.sql("""
				delete from checkout_token
				where issued_at < :before and placed_at is null
				""").param("before", utc(issuedBefore)).update();
	}

	Optional<IssuedToken> find(CheckoutToken token) {
		return this.jdbc
			.sql("select token, customer_id, issued_at, attempt, placed_at from checkout_token where token = :token")
			.param("token", token.value())
			.query(CheckoutTokens::issued)
			.optional();
	}

	/**
	 * Claims a token for an order in the checkout transaction. The row lock it takes
	 * makes concurrent submissions of the same form wait; once the first commits, the
	 * others find the token placed and claim nothing.
	 * @return whether the token was still unused, in the attempt read
	 */
	boolean claim(IssuedToken issued, Instant now) {
		return this.jdbc.sql("""
				update checkout_token set placed_at = :now
				where token = :token and customer_id = :customer and placed_at is null and attempt = :attempt
				""")
			.param("now", utc(now))
			.param("token", issued.token().value())
			.param("customer", issued.customer().value())
			.param("attempt", issued.attempt())
			.update() == 1;
	}

	/**
	 * Ends an attempt that placed nothing, so that the next one authorises its payment
	 * afresh. An attempt that another submission ended or placed stays as it is.
	 */
	void failAttempt(IssuedToken issued) {
		this.jdbc.sql("""
				update checkout_token set attempt = attempt + 1
				where token = :token and attempt = :attempt and placed_at is null
				""").param("token", issued.token().value()).param("attempt", issued.attempt()).update();
	}

	private static IssuedToken issued(ResultSet row, int rowNumber) throws SQLException {
		return new IssuedToken(new CheckoutToken(row.getString("token")), new CustomerId(row.getLong("customer_id")),
				row.getObject("issued_at", OffsetDateTime.class).toInstant(), row.getInt("attempt"),
				row.getObject("placed_at", OffsetDateTime.class) != null);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
