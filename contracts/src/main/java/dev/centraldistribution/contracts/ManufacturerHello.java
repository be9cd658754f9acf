package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A manufacturer announces itself: sent when it starts, again every so often and after
 * its connection to the broker came back. The distributor registers it, or updates what
 * it knows of it, and pulls it from then on.
 *
 * @param messageId unique per message
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param sentAt when it was sent, by the manufacturer's clock
 * @param manufacturerCode stable code ({@link MessagingTopology#MANUFACTURER_CODE})
 * @param instanceId the sending process, new at every start
 * @param sequence the message's number in its instance, from 1
 * @param name display name shown to customers
 * @param location where the manufacturer is
 * @param baseUrl where it serves {@link OfferingsSnapshot#PATH}, an absolute http(s) URL
 * @param contractVersion the version of the manufacturer contract it speaks:
 * {@link #CONTRACT_VERSION} (offerings snapshot, purchase confirmations,
 * acknowledgements, cycle summaries and these presence messages)
 * @param adapterKind how the distributor talks to it: {@link #NATIVE_ADAPTER}, this
 * contract
 * @param categories the product categories it makes
 * @param dailyCapacity units it can make in a day, all products together
 * @param heartbeatIntervalMillis how often it sends a heartbeat
 */
public record ManufacturerHello(String messageId, int schemaVersion, Instant sentAt, String manufacturerCode,
		String instanceId, long sequence, String name, GeoLocation location, String baseUrl, int contractVersion,
		String adapterKind, List<String> categories, long dailyCapacity,
		long heartbeatIntervalMillis) implements PresenceMessage {

	/** Message type, also sent as the AMQP {@code type} property. */
	public static final String TYPE = "manufacturer-hello";

	/** Routing key prefix: {@code hello.<code>}. */
	public static final String KIND = "hello";

	public static final int SCHEMA_VERSION = 1;

	/** The version of the manufacturer contract this code speaks. */
	public static final int CONTRACT_VERSION = 1;

	/**
	 * A manufacturer that speaks this contract (snapshot over REST, purchases over AMQP).
	 */
	public static final String NATIVE_ADAPTER = "native";

	@Override
	public String kind() {
		return KIND;
	}

}
