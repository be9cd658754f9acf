package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * What every presence message of a manufacturer carries: {@link ManufacturerHello},
 * {@link ManufacturerHeartbeat} and {@link ManufacturerBye}, published on
 * {@link MessagingTopology#MANUFACTURER_EVENTS_EXCHANGE} with the routing key
 * {@code <kind>.<code>} and signed with {@link PresenceSignature}.
 * <p>
 * {@code instanceId} and {@code sequence} order the messages of one manufacturer: one
 * process numbers every presence message it sends from 1 under an instance id of its own,
 * so that a receiver tells a replayed or late message from a new one. Messages of
 * different instances (a restart) are ordered by {@code sentAt}.
 */
public sealed interface PresenceMessage permits ManufacturerHello, ManufacturerHeartbeat, ManufacturerBye {

	/** Longest instance id a receiver accepts. */
	int MAX_INSTANCE_ID_LENGTH = 64;

	/**
	 * Unique per message.
	 * @return the message id
	 */
	String messageId();

	/**
	 * The version of this message's schema.
	 * @return the schema version
	 */
	int schemaVersion();

	/**
	 * When the manufacturer sent it, by its own clock.
	 * @return the time of sending
	 */
	Instant sentAt();

	/**
	 * Who sends it.
	 * @return the manufacturer's code
	 */
	String manufacturerCode();

	/**
	 * The sending process, new at every start.
	 * @return an id of at most {@value #MAX_INSTANCE_ID_LENGTH} characters
	 */
	String instanceId();

	/**
	 * The message's number among the presence messages of its instance, from 1.
	 * @return the sequence number
	 */
	long sequence();

	/**
	 * The kind of message, also the first part of its routing key.
	 * @return {@code hello}, {@code heartbeat} or {@code bye}
	 */
	String kind();

}
