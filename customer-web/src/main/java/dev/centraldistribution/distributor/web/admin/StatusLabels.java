package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.messaging.OutboxMessageState;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderStatus;
import dev.centraldistribution.distributor.web.StatusWords;

/**
 * Statuses in the words of the console's order pages: the shop's own words and colours
 * ({@link StatusWords}) for the states customers see too, so that an operator and a
 * customer name an order alike; the console's own for what only it shows (messages in the
 * outbox; its filter's "waiting past the deadline", {@link OrderFilter}).
 */
class StatusLabels {

	private static final StatusWords WORDS = new StatusWords();

	public String order(OrderStatus status) {
		return WORDS.label(status);
	}

	public String subOrder(SubOrderStatus status) {
		return WORDS.label(status);
	}

	public String message(OutboxMessageState message) {
		if (message == null) {
			return "Not in the outbox";
		}
		return switch (message.stage()) {
			case QUEUED -> "Queued";
			case RETRYING -> "Retrying (" + message.attempts() + " failed)";
			case HELD -> "Held: manufacturer unlisted";
			case CONFIRMED_BY_BROKER -> "Confirmed by the broker";
			case DEAD -> "Dead letter: given up after " + message.attempts() + " failed attempts";
		};
	}

	/** The shop's badge classes: one colour per status, as on the customer's pages. */
	public String badge(OrderStatus status) {
		return WORDS.badge(status);
	}

}
