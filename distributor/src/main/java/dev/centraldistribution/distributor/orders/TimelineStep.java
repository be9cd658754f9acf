package dev.centraldistribution.distributor.orders;

import java.time.Instant;

/**
 * One step of a sub-order's way, as its customer sees it.
 *
 * @param kind what happened
 * @param at when it was recorded
 */
public record TimelineStep(Kind kind, Instant at) {

	/** What can happen to a part of an order, in words for its customer. */
	public enum Kind {

		/** Bought and paid. */
		PLACED("Placed"),

		/** The manufacturer will supply it. */
		CONFIRMED("Confirmed"),

		/** The manufacturer cannot supply it. */
		REJECTED("Rejected by the manufacturer"),

		/** Handed to a carrier. */
		SHIPPED("Shipped"),

		/** Delivered by the carrier. */
		DELIVERED("Delivered"),

		/** The customer asked to cancel it. */
		CANCEL_REQUESTED("Cancellation requested"),

		/** Cancelled by the manufacturer at the customer's request. */
		CANCELLED("Cancelled"),

		/** The manufacturer could not cancel it: it had shipped. */
		CANCEL_REFUSED("Too late to cancel: already shipped"),

		/** Money given back for rejected or cancelled lines. */
		REFUNDED("Refunded");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		static Kind of(SubOrderEvent event) {
			return switch (event) {
				case ACCEPTED -> CONFIRMED;
				case REJECTED -> REJECTED;
				case SHIPPED -> SHIPPED;
				case DELIVERED -> DELIVERED;
				case CANCEL_REQUESTED -> CANCEL_REQUESTED;
				case CANCEL_CONFIRMED -> CANCELLED;
				case CANCEL_REFUSED -> CANCEL_REFUSED;
			};
		}

	}

}
