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
