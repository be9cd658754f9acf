package dev.centraldistribution.contracts;

import java.time.Instant;

/**
 * A manufacturer is still there: sent every heartbeat interval (announced in its
 * {@link ManufacturerHello}) after its hello.
 *
 * @param messageId unique per message
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when it was sent, by the manufacturer's clock
 * @param manufacturerCode who beats
 * @param instanceId the sending process, new at every start
 * @param sequence the message's number in its instance: a beat whose number is not above
 * the last one seen from the same instance is late or replayed
 */
public record ManufacturerHeartbeat(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String instanceId, long sequence) implements PresenceMessage {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "manufacturer-heartbeat";

	/** Routing key prefix: {@code heartbeat.<code>}. */
	public static final String KIND = "heartbeat";

	public static final int SCHEMA_VERSION = 1;

	@Override
	public String kind() {
		return KIND;
	}

}
