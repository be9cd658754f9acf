package dev.centraldistribution.distributor.orders;

import java.util.Collection;

/**
 * Where the part of an order one manufacturer supplies stands: placed, then accepted or
 * rejected by the manufacturer, once.
 */
public enum SubOrderStatus {

	/** Sold by the distributor, not yet acknowledged by the manufacturer. */
	PLACED,

	/** The manufacturer will supply it. */
	ACCEPTED,

	/** The manufacturer cannot supply it. */
	REJECTED;

	public boolean canBecome(SubOrderStatus next) {
		return next == this || (this == PLACED && next != PLACED);
	}

	/**
	 * Moves to another status. Repeating the current status changes nothing, so that a
	 * redelivered acknowledgement is harmless.
	 * @param next the status to move to
	 * @return {@code next}
	 * @throws IllegalStatusTransitionException when {@code next} cannot follow this
	 * status
	 */
	public SubOrderStatus transitionTo(SubOrderStatus next) {
		if (!canBecome(next)) {
			throw new IllegalStatusTransitionException(this, next);
		}
		return next;
	}

	/**
	 * The status a manufacturer's answer calls for: rejected when it supplies none of the
	 * lines, accepted when it supplies some (the others are marked rejected and
	 * refunded).
	 * @param linesAccepted whether each line is accepted
	 * @return accepted or rejected
	 */
	public static SubOrderStatus answeredBy(Collection<Boolean> linesAccepted) {
		if (linesAccepted.isEmpty()) {
			throw new IllegalArgumentException("A sub-order has at least one line");
		}
		return linesAccepted.contains(Boolean.TRUE) ? ACCEPTED : REJECTED;
	}

	public boolean isAcknowledged() {
		return this != PLACED;
	}

}
