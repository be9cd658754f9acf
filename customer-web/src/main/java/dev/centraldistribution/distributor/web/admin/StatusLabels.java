package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.messaging.OutboxMessageState;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderStatus;

/**
 * Statuses in the words of the console's order pages, and the colour of their badges.
 */
class StatusLabels {

	public String order(OrderStatus status) {
		return OrderFilter.label(status);
	}

	public String subOrder(SubOrderStatus status) {
		return switch (status) {
			case PLACED -> "Waiting for the manufacturer";
			case ACCEPTED -> "Confirmed";
			case SHIPPED -> "Shipped";
			case DELIVERED -> "Delivered";
			case REJECTED -> "Rejected";
			case CANCEL_REQUESTED -> "Cancellation requested";
			case CANCELLED -> "Cancelled";
		};
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

	public String badge(OrderStatus status) {
		return switch (status) {
			case REJECTED, CANCELLED -> "text-bg-danger";
			case PLACED, CANCEL_REQUESTED -> "text-bg-warning";
			case PARTIALLY_CONFIRMED -> "text-bg-info";
			default -> "text-bg-success";
		};
	}

}
