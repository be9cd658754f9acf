package dev.centraldistribution.distributor.messaging;

import dev.centraldistribution.distributor.adapters.Parcel;

/**
 * An outbox message claimed for publishing.
 *
 * @param id the outbox row
 * @param messageId the message's id
 * @param exchange where to publish
 * @param routingKey with which key
 * @param type the message type
 * @param payload the JSON body
 * @param attempts how often publishing was tried before
 */
record PendingMessage(long id, String messageId, String exchange, String routingKey, String type, String payload,
		int attempts) {

	/** What its courier delivers. */
	Parcel parcel() {
		return new Parcel(this.messageId, this.exchange, this.routingKey, this.type, this.payload);
	}

}
