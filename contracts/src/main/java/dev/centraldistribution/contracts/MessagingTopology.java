package dev.centraldistribution.contracts;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Exchange, queue and routing key names shared by the distributor and the manufacturers.
 */
public final class MessagingTopology {

	/**
	 * Direct exchange: purchases and cycle summaries, routing key = manufacturer code.
	 */
	public static final String PURCHASES_EXCHANGE = "distributor.purchases";

	/**
	 * Topic exchange: acknowledgements, shipments and presence from the manufacturers.
	 */
	public static final String MANUFACTURER_EVENTS_EXCHANGE = "manufacturer.events";

	/**
	 * Queue shared by all distributor instances: each acknowledgement of a purchase
	 * ({@code ack.*}) handled once. Apart from the reports, so that an acknowledgement,
	 * which the customer waits for, never waits behind a burst of them.
	 */
	public static final String ACKNOWLEDGEMENTS_QUEUE = "distributor.acknowledgements";

	/**
	 * Queue shared by all distributor instances: each report of a manufacturer
	 * ({@code shipped.*}, {@code delivered.*}, {@code cancellation.*}) handled once.
	 * Earlier distributors bound it to the acknowledgements too; a distributor that
	 * starts removes that binding from the broker.
	 */
	public static final String DISTRIBUTOR_EVENTS_QUEUE = "distributor.manufacturer-events";

	/** The first part of an acknowledgement's routing key ({@code ack.<code>}). */
	public static final String ACKNOWLEDGEMENT_KIND = "ack";

	/**
	 * Queue shared by all distributor instances: the manufacturers' presence messages
	 * ({@code hello.*}, {@code heartbeat.*}, {@code bye.*}), each handled once.
	 */
	public static final String PRESENCE_QUEUE = "distributor.manufacturer-presence";

	/** Where the distributor puts presence messages it cannot read. */
	public static final String PRESENCE_DEAD_LETTER_QUEUE = PRESENCE_QUEUE + ".dlq";

	/** Fanout exchange: live stock changes to every distributor instance. */
	public static final String STOCK_CHANGES_EXCHANGE = "distributor.stock-changes";

	/** What a manufacturer code may look like; it becomes part of queue names. */
	public static final Pattern MANUFACTURER_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

	/**
	 * Queue type of RabbitMQ's replicated queues; the embedded broker only knows classic.
	 */
	public static final String QUORUM = "quorum";

	private MessagingTopology() {
	}

	/**
	 * Arguments of every durable queue of this topology. Both sides declare the queues
	 * they use, and a declaration with other arguments than the existing queue's fails,
	 * so both take them from here.
	 * @param queueType {@code classic} or {@code quorum}
	 * @return the declaration arguments
	 */
	public static Map<String, Object> queueArguments(String queueType) {
		return QUORUM.equalsIgnoreCase(queueType) ? Map.of("x-queue-type", QUORUM) : Map.of();
	}

	/** Routing key of a manufacturer's events of one kind, e.g. {@code ack.acme}. */
	public static String eventRoutingKey(String kind, String manufacturerCode) {
		return kind + "." + requireCode(manufacturerCode);
	}

	public static String purchasesQueue(String manufacturerCode) {
		return "manufacturer." + requireCode(manufacturerCode) + ".purchases";
	}

	public static String deadLetterQueue(String manufacturerCode) {
		return purchasesQueue(manufacturerCode) + ".dlq";
	}

	public static String acknowledgementRoutingKey(String manufacturerCode) {
		return eventRoutingKey(ACKNOWLEDGEMENT_KIND, manufacturerCode);
	}

	/**
	 * Routing key of a presence message: {@code hello.<code>}, {@code heartbeat.<code>}
	 * or {@code bye.<code>}.
	 * @param message the message
	 * @return its routing key
	 */
	public static String presenceRoutingKey(PresenceMessage message) {
		return eventRoutingKey(message.kind(), message.manufacturerCode());
	}

	private static String requireCode(String manufacturerCode) {
		if (manufacturerCode == null || !MANUFACTURER_CODE.matcher(manufacturerCode).matches()) {
			throw new IllegalArgumentException("Not a manufacturer code: " + manufacturerCode);
		}
		return manufacturerCode;
	}

}
