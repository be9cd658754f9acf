package dev.centraldistribution.logging;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.MDC;

/**
 * The names of the fields (MDC keys) that tie log lines together across instances and
 * applications: the structured JSON logs (profile {@code json-logs}) carry each as a
 * field of its own. Set them for the lines of one piece of work with
 * {@link #with(String...)}, which restores what was there before.
 */
public final class LogFields {

	/** The request's {@code X-Request-Id}: made by nginx, or by the instance. */
	public static final String REQUEST_ID = "requestId";

	/** The customer order's number. */
	public static final String ORDER_NUMBER = "orderNumber";

	/** The sub-order: the part of an order one manufacturer supplies. */
	public static final String SUB_ORDER = "subOrder";

	/** The manufacturer's code. */
	public static final String MANUFACTURER = "manufacturer";

	/** A message's id (purchase confirmation, acknowledgement, cycle summary). */
	public static final String MESSAGE_ID = "messageId";

	private LogFields() {
	}

	/**
	 * Puts fields for the lines logged until the scope closes; a {@code null} value
	 * leaves its field out.
	 * @param namesAndValues a name, its value, a name, its value, ...
	 * @return the scope, which puts back the values it replaced when closed
	 */
	public static Scope with(String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values come in pairs");
		}
		List<String[]> previous = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String name = namesAndValues[i];
			String value = namesAndValues[i + 1];
			if (value != null) {
				previous.add(new String[] { name, MDC.get(name) });
				MDC.put(name, value);
			}
		}
		return () -> {
			for (String[] field : previous) {
				if (field[1] == null) {
					MDC.remove(field[0]);
				}
				else {
					MDC.put(field[0], field[1]);
				}
			}
		};
	}

	/** Fields set for a while: closing puts back what was there before. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
