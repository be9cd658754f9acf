package dev.centraldistribution.manufacturer.shop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers given to orders and cancellations, by {@code Idempotency-Key}.
 */
@Repository
class ShopRequests {

	static final String ORDER = "order";

	static final String CANCELLATION = "cancellation";

	private final JdbcClient jdbc;

	ShopRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(String key) {
		return this.jdbc.sql("select request_hash, status, body from shop_request where idempotency_key = :key")
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString("request_hash"), rs.getInt("status"), rs.getString("body")))
			.optional();
	}

	/** The key of the order placed with this reference, if one was. */
	Optional<String> orderKey(long reference) {
		return this.jdbc.sql("select idempotency_key from shop_request where reference = :reference and kind = :kind")
			.param("reference", reference)
			.param("kind", ORDER)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** The status the order placed with this reference was answered with, if one was. */
	Optional<Integer> orderStatus(long reference) {
		return this.jdbc.sql("select status from shop_request where reference = :reference and kind = :kind")
			.param("reference", reference)
			.param("kind", ORDER)
			.query(Integer.class)
			.list()
			.stream()
			.findFirst();
	}

	void store(String key, String hash, String kind, long reference, int status, String body, Instant now) {
		this.jdbc.sql("""
				insert into shop_request (idempotency_key, request_hash, kind, reference, status, body, created_at)
				values (:key, :hash, :kind, :reference, :status, :body, :now) on conflict do nothing""")
			.param("key", key)
			.param("hash", hash)
			.param("kind", kind)
			.param("reference", reference)
			.param("status", status)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * An answer given before.
	 *
	 * @param hash the request's hash
	 * @param status the status it was answered with
	 * @param body the answer
	 */
	record Stored(String hash, int status, String body) {
	}

}
