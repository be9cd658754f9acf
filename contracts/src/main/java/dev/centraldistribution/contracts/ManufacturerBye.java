package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * A manufacturer leaves: sent once on a clean stop, before its connections close. The
 * distributor stops selling its goods at once.
 *
 * @param messageId unique per message
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when it was sent, by the manufacturer's clock
 * @param manufacturerCode who leaves
 * @param instanceId the sending process: only a bye of the instance that beats last, or a
 * later one, counts
 * @param sequence the message's number in its instance
 */
public record ManufacturerBye(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String instanceId, long sequence) implements PresenceMessage {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "manufacturer-bye";

	/** Routing key prefix: {@code bye.<code>}. */
	public static final String KIND = "bye";

	public static final int SCHEMA_VERSION = 1;

	@Override
	public String kind() {
		return KIND;
	}

}
