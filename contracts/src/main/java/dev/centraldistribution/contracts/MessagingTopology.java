package dev.centraldistribution.contracts;

import java.util.regex.Pattern;

/**
 * Exchange, queue and routing key names shared by the distributor and the manufacturers.
 */
public final class MessagingTopology {

	/**
	 * Direct exchange: purchases and cycle summaries, routing key = manufacturer code.
	 */
	public static final String PURCHASES_EXCHANGE = "distributor.purchases";

	/** Topic exchange: acknowledgements and presence from the manufacturers. */
	public static final String MANUFACTURER_EVENTS_EXCHANGE = "manufacturer.events";

	/**
	 * Queue shared by all distributor instances: each manufacturer event handled once.
	 */
	public static final String DISTRIBUTOR_EVENTS_QUEUE = "distributor.manufacturer-events";

	/** Fanout exchange: live stock changes to every distributor instance. */
	public static final String STOCK_CHANGES_EXCHANGE = "distributor.stock-changes";

	/** What a manufacturer code may look like; it becomes part of queue names. */
	public static final Pattern MANUFACTURER_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

	private MessagingTopology() {
	}

	public static String purchasesQueue(String manufacturerCode) {
		return "manufacturer." + requireCode(manufacturerCode) + ".purchases";
	}

	public static String deadLetterQueue(String manufacturerCode) {
		return purchasesQueue(manufacturerCode) + ".dlq";
	}

	public static String acknowledgementRoutingKey(String manufacturerCode) {
		return "ack." + requireCode(manufacturerCode);
	}

	private static String requireCode(String manufacturerCode) {
		if (manufacturerCode == null || !MANUFACTURER_CODE.matcher(manufacturerCode).matches()) {
			throw new IllegalArgumentException("Not a manufacturer code: " + manufacturerCode);
		}
		return manufacturerCode;
	}

}
