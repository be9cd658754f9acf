package dev.centraldistribution.distributor.orders;

/**
 * Where the part of an order one manufacturer supplies stands. It moves only as
 * {@link SubOrderTransitions} allows: placed, accepted (confirmed by the manufacturer),
 * shipped, delivered; or rejected by the manufacturer; or cancelled at the customer's
 * request, which the manufacturer answers.
 */
public enum SubOrderStatus {

	/** Sold by the distributor, not yet acknowledged by the manufacturer. */
	PLACED,

	/** Confirmed: the manufacturer will supply it. */
	ACCEPTED,

	/** The manufacturer handed it to a carrier. */
	SHIPPED,

	/** The carrier delivered it. */
	DELIVERED,

	/** The manufacturer cannot supply it. */
	REJECTED,

	/** The customer asked to cancel it; the manufacturer has not answered yet. */
	CANCEL_REQUESTED,

	/** Cancelled: the manufacturer released the units. */
	CANCELLED;

	/**
	 * Whether the manufacturer has yet to answer the purchase.
	 * @return {@code true} while placed
	 */
	public boolean waitsForAnswer() {
		return this == PLACED;
	}

	/**
	 * Whether the sub-order ended without being supplied.
	 * @return {@code true} when rejected or cancelled
	 */
	public boolean isWithdrawn() {
		return this == REJECTED || this == CANCELLED;
	}

}
