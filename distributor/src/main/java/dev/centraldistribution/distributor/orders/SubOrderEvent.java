package dev.centraldistribution.distributor.orders;

import java.util.Collection;

/**
 * What can happen to a sub-order: a manufacturer's answers and reports, and the
 * customer's cancellation. Whether it moves the sub-order is decided by
 * {@link SubOrderTransitions}.
 */
public enum SubOrderEvent {

	/** The manufacturer accepted the purchase (some of its lines at least). */
	ACCEPTED,

	/** The manufacturer rejected every line of the purchase. */
	REJECTED,

	/** The manufacturer shipped it. */
	SHIPPED,

	/** The carrier delivered it. */
	DELIVERED,

	/** The customer asked to cancel it. */
	CANCEL_REQUESTED,

	/** The manufacturer cancelled it and released the units. */
	CANCEL_CONFIRMED,

	/** The manufacturer refused the cancellation: it had shipped already. */
	CANCEL_REFUSED;

	/**
	 * The event a manufacturer's answer is: a rejection when it supplies none of the
	 * lines, an acceptance when it supplies some (the others are marked rejected and
	 * refunded).
	 * @param linesAccepted whether each line is accepted
	 * @return {@link #ACCEPTED} or {@link #REJECTED}
	 */
	public static SubOrderEvent answeredBy(Collection<Boolean> linesAccepted) {
		if (linesAccepted.isEmpty()) {
			throw new IllegalArgumentException("A sub-order has at least one line");
		}
		return linesAccepted.contains(Boolean.TRUE) ? ACCEPTED : REJECTED;
	}

}
