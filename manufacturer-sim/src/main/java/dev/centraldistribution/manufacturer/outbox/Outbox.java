package dev.centraldistribution.manufacturer.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox_message} table: {@link #add} in the caller's transaction, read and
 * marked sent by the relay.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a message, in the caller's transaction.
	 * @param messageId unique per message
	 * @param routingKey its routing key on the manufacturer events exchange
	 * @param type its type
	 * @param body its JSON
	 * @param now when
	 */
	public void add(String messageId, String routingKey, String type, String body, Instant now) {
		this.jdbc.sql("""
				insert into outbox_message (message_id, routing_key, type, body, created_at)
				values (:messageId, :routingKey, :type, :body, :now)""")
			.param("messageId", messageId)
			.param("routingKey", routingKey)
			.param("type", type)
			.param("body", body)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The oldest messages not confirmed yet.
	 * @param limit how many at most
	 * @return in the order written
	 */
	public List<OutboxEntry> unsent(int limit) {
		return this.jdbc.sql("""
				select id, message_id, routing_key, type, body, created_at from outbox_message
				where sent_at is null order by id limit :limit""")
			.param("limit", limit)
			.query((row, number) -> new OutboxEntry(row.getLong("id"), row.getString("message_id"),
					row.getString("routing_key"), row.getString("type"), row.getString("body"),
					row.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Marks a message confirmed by the broker.
	 * @param id its row
	 * @param now when
	 */
	public void markSent(long id, Instant now) {
		this.jdbc.sql("update outbox_message set sent_at = :now where id = :id and sent_at is null")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

}
