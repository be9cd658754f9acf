package dev.centraldistribution.manufacturer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages from the distributor this manufacturer has processed, one row per message
 * id, written in the same transaction as the message's effect: a redelivery finds its row
 * and changes nothing.
 */
@Component
public class ProcessedMessages {

	private final JdbcClient jdbc;

	ProcessedMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks a message as processed. On PostgreSQL a concurrent insert of the same id
	 * waits for the other transaction and then inserts nothing.
	 * @param messageId the message's id
	 * @param type the message's type, such as {@code purchase-confirmation}
	 * @return whether it is new, {@code false} for a redelivery
	 */
	public boolean markProcessed(String messageId, String type) {
		return this.jdbc.sql("""
				insert into processed_message (message_id, message_type, processed_at)
				values (:messageId, :type, current_timestamp)
				on conflict do nothing
				""").param("messageId", messageId).param("type", type).update() == 1;
	}

}
