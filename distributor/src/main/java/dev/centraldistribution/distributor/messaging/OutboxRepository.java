package dev.centraldistribution.distributor.messaging;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table. Instances claim messages with a lease so that two relays never
 * publish the same message at the same time; a relay that dies leaves its claims to
 * expire.
 * <p>
 * A claim and a "sent" mark are the relay's bookkeeping: losing one in a crash of the
 * database only sends its messages again once the lease expires, which the receivers
 * apply once (a relay that dies between publishing and marking already does that). On
 * PostgreSQL they commit without waiting for their write-ahead log to reach the disk
 * ({@code synchronous_commit} off for their transaction only; a later commit that does
 * wait flushes them too): each was one disk flush of the relay's cycle, which every
 * message written meanwhile waited for (docs/benchmarks.md, issue #19). Every other write
 * of the outbox, the message itself first, waits for the disk as before.
 */
@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	private final TransactionTemplate bookkeeping;

	private final boolean postgres;

	OutboxRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.bookkeeping = new TransactionTemplate(transactions);
		this.postgres = DatabaseDriver.fromJdbcUrl(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL)) == DatabaseDriver.POSTGRESQL;
	}

	/**
	 * Runs the relay's bookkeeping in a transaction of its own that, on PostgreSQL, does
	 * not wait for the disk; on H2, which never waits for it, as it is. Inside a caller's
	 * transaction it is that transaction's, which commits as it would have.
	 */
	private <T> T withoutWaitingForTheDisk(Supplier<T> work) {
		if (!this.postgres || TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		return this.bookkeeping.execute((status) -> {
			this.jdbc.sql("set local synchronous_commit = off").update();
			return work.get();
		});
	}

	/**
	 * @param held whether it waits, unsent, until its destination is released
	 */
	void insert(OutgoingMessage message, String payload, Instant now, boolean held) {
		this.jdbc.sql("""
				insert into outbox_message (message_id, exchange, routing_key, message_type, payload, created_at,
				                            next_attempt_at, held_since)
				values (:messageId, :exchange, :routingKey, :type, :payload, :now, :now, :held)
				""")
			.param("messageId", message.messageId())
			.param("exchange", message.exchange())
			.param("routingKey", message.routingKey())
			.param("type", message.type())
			.param("payload", payload)
			.param("now", Timestamp.from(now))
			.param("held", held ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.update();
	}

	/**
	 * Claims due messages under a claim token that is new for every call. The claim
	 * conditions are repeated in the outer {@code where} so that PostgreSQL re-checks
	 * them on rows another instance claimed concurrently.
	 */
	List<PendingMessage> claim(String claimToken, Instant now, Instant leaseUntil, int batchSize) {
		return withoutWaitingForTheDisk(() -> claimNow(claimToken, now, leaseUntil, batchSize));
	}

	private List<PendingMessage> claimNow(String claimToken, Instant now, Instant leaseUntil, int batchSize) {
		int claimed = this.jdbc.sql("""
				update outbox_message set claimed_by = :relay, claimed_until = :until
				where id in (select id from outbox_message
				             where sent_at is null and held_since is null and dead_since is null
				               and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
				             order by id limit :batch)
				  and sent_at is null and held_since is null and dead_since is null
				  and (claimed_until is null or claimed_until < :now)
				""")
			.param("relay", claimToken)
			.param("until", Timestamp.from(leaseUntil))
			.param("now", Timestamp.from(now))
			.param("batch", batchSize)
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, message_id, exchange, routing_key, message_type, payload, attempts from outbox_message
				where claimed_by = :relay and sent_at is null order by id
				""")
			.param("relay", claimToken)
			.query((row, number) -> new PendingMessage(row.getLong("id"), row.getString("message_id"),
					row.getString("exchange"), row.getString("routing_key"), row.getString("message_type"),
					row.getString("payload"), row.getInt("attempts")))
			.list();
	}

	/** Marks messages sent, in one statement. */
	void markSent(List<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		withoutWaitingForTheDisk(() -> this.jdbc
			.sql("update outbox_message set sent_at = :now, claimed_by = null, claimed_until = null where id in (:ids)")
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.update());
	}

	void markFailed(long id, String error, Instant nextAttempt) {
		this.jdbc.sql("""
				update outbox_message set attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
				       claimed_by = null, claimed_until = null
				where id = :id
				""")
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.param("next", Timestamp.from(nextAttempt))
			.param("id", id)
			.update();
	}

	/** Gives a message up: kept, never claimed again, counted as a dead letter. */
	void markDead(long id, String error, Instant now) {
		this.jdbc.sql("""
				update outbox_message set attempts = attempts + 1, last_error = :error, dead_since = :now,
				       claimed_by = null, claimed_until = null
				where id = :id
				""")
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/**
	 * Puts a dead letter back in the queue, as if it were new: due now, no failed attempt
	 * counted (its last failure stays, for the operator), held if its destination is.
	 * @return {@code false} when it is not a dead letter (any more)
	 */
	boolean revive(String messageId, Instant now, boolean held) {
		return this.jdbc.sql("""
				update outbox_message set dead_since = null, attempts = 0, next_attempt_at = :now, claimed_by = null,
				       claimed_until = null, held_since = :held
				where message_id = :messageId and dead_since is not null and sent_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("held", held ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.param("messageId", messageId)
			.update() == 1;
	}

	/** Messages given up, per routing key of one exchange. */
	Map<String, Long> deadPerRoutingKey(String exchange) {
		Map<String, Long> dead = new HashMap<>();
		this.jdbc.sql("""
				select routing_key, count(*) from outbox_message where exchange = :exchange and dead_since is not null
				group by routing_key""").param("exchange", exchange).query((rs) -> {
			dead.put(rs.getString(1), rs.getLong(2));
		});
		return dead;
	}

	/** Messages given up. */
	long dead() {
		return this.jdbc.sql("select count(*) from outbox_message where dead_since is not null")
			.query(Long.class)
			.single();
	}

	/**
	 * Makes a sent message due again, unless it is still waiting to be sent.
	 * @param held whether it waits, unsent, until its destination is released
	 */
	boolean sendAgain(String messageId, Instant now, boolean held) {
		return this.jdbc.sql("""
				update outbox_message set sent_at = null, next_attempt_at = :now, claimed_by = null,
				       claimed_until = null, held_since = :held
				where message_id = :messageId and sent_at is not null
				""")
			.param("now", Timestamp.from(now))
			.param("held", held ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.param("messageId", messageId)
			.update() == 1;
	}

	/** Where a message goes, if it is in the outbox. */
	Optional<Destination> destination(String messageId) {
		return this.jdbc.sql("select exchange, routing_key from outbox_message where message_id = :messageId")
			.param("messageId", messageId)
			.query((row, number) -> new Destination(row.getString("exchange"), row.getString("routing_key")))
			.optional();
	}

	/** Holds every unsent message to one destination; returns how many. */
	int hold(String exchange, String routingKey, Instant now) {
		return this.jdbc.sql("""
				update outbox_message set held_since = :now
				where exchange = :exchange and routing_key = :routingKey and sent_at is null and held_since is null
				  and dead_since is null
				""")
			.param("now", Timestamp.from(now))
			.param("exchange", exchange)
			.param("routingKey", routingKey)
			.update();
	}

	/** Makes every held message to one destination due now; returns how many. */
	int release(String exchange, String routingKey, Instant now) {
		return this.jdbc.sql("""
				update outbox_message set held_since = null, next_attempt_at = :now
				where exchange = :exchange and routing_key = :routingKey and held_since is not null
				""")
			.param("now", Timestamp.from(now))
			.param("exchange", exchange)
			.param("routingKey", routingKey)
			.update();
	}

	/** Messages waiting to be sent, held ones left out. */
	long backlog() {
		return this.jdbc.sql(
				"select count(*) from outbox_message where sent_at is null and held_since is null and dead_since is null")
			.query(Long.class)
			.single();
	}

	/** When the oldest message not yet confirmed (and not held) was written, if any. */
	Optional<Instant> oldestUnsent() {
		return this.jdbc.sql("""
				select min(created_at) from outbox_message where sent_at is null and held_since is null
				  and dead_since is null""")
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.map(Timestamp::toInstant);
	}

	/** The messages of these ids that are in the outbox, in one query. */
	List<OutboxMessageState> states(Collection<String> messageIds) {
		return this.jdbc.sql("""
				select message_id, message_type, created_at, attempts, last_error, sent_at, held_since, dead_since
				from outbox_message where message_id in (:ids)""")
			.param("ids", List.copyOf(messageIds))
			.query((row, number) -> new OutboxMessageState(row.getString("message_id"), row.getString("message_type"),
					instant(row.getTimestamp("created_at")), row.getInt("attempts"), row.getString("last_error"),
					instant(row.getTimestamp("sent_at")), instant(row.getTimestamp("held_since")),
					instant(row.getTimestamp("dead_since"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** Messages held until their destination is released. */
	long held() {
		return this.jdbc.sql("select count(*) from outbox_message where held_since is not null")
			.query(Long.class)
			.single();
	}

	/** An exchange and a routing key. */
	record Destination(String exchange, String routingKey) {
	}

}
