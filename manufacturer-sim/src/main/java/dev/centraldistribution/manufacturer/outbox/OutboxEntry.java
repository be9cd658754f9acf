package dev.centraldistribution.manufacturer.outbox;

import java.time.Instant;

/**
 * A message waiting in the outbox.
 *
 * @param id its row, in the order written
 * @param messageId the message's id
 * @param routingKey where it goes on the manufacturer events exchange
 * @param type the message's type
 * @param body its JSON
 * @param createdAt when it was written
 */
public record OutboxEntry(long id, String messageId, String routingKey, String type, String body, Instant createdAt) {
}
