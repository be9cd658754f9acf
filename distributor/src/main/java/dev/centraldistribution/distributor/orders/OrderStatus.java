package dev.centraldistribution.distributor.orders;

import java.util.Collection;

/**
 * Where an order stands. It is placed by the checkout and moves once, when every
 * manufacturer has acknowledged its sub-order or when it is cancelled.
 */
public enum OrderStatus {

	/** Paid and taken out of stock; manufacturers have not all answered yet. */
	PLACED,

	/** Every manufacturer accepted its sub-order. */
	CONFIRMED,

	/** Some manufacturers accepted, some rejected. */
	PARTIALLY_CONFIRMED,

	/** Every manufacturer rejected its sub-order. */
	REJECTED,

	/** Cancelled before the manufacturers answered. */
	CANCELLED;

	/**
	 * The status the manufacturers' answers so far call for.
	 * @param subOrders the status of every sub-order of the order
	 * @return placed while a sub-order is unanswered, otherwise confirmed, rejected or
	 * partially confirmed
	 */
	public static OrderStatus of(Collection<SubOrderStatus> subOrders) {
		if (subOrders.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one sub-order");
		}
		if (!subOrders.stream().allMatch(SubOrderStatus::isAcknowledged)) {
			return PLACED;
		}
		if (subOrders.stream().allMatch(SubOrderStatus.ACCEPTED::equals)) {
			return CONFIRMED;
		}
		if (subOrders.stream().allMatch(SubOrderStatus.REJECTED::equals)) {
			return REJECTED;
		}
		return PARTIALLY_CONFIRMED;
	}

}
