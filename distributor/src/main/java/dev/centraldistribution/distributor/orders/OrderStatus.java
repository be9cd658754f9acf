package dev.centraldistribution.distributor.orders;

import java.util.Collection;
import java.util.List;

/**
 * Where an order stands, derived from its sub-orders every time one of them moves.
 */
public enum OrderStatus {

	/** Paid and taken out of stock; a manufacturer has not answered yet. */
	PLACED,

	/** Every manufacturer accepted its sub-order. */
	CONFIRMED,

	/** Some manufacturers accepted, others rejected or the customer cancelled theirs. */
	PARTIALLY_CONFIRMED,

	/** Some parts shipped, others not yet. */
	PARTIALLY_SHIPPED,

	/** Every part still to supply has shipped; some are not delivered yet. */
	SHIPPED,

	/** Every part still to supply was delivered. */
	DELIVERED,

	/** Every manufacturer rejected its sub-order. */
	REJECTED,

	/** The customer asked to cancel every part still to supply. */
	CANCEL_REQUESTED,

	/**
	 * Nothing is supplied: every part was cancelled or rejected, at least one cancelled.
	 */
	CANCELLED;

	/**
	 * The status an order's sub-orders call for. Rejected and cancelled parts are left
	 * out unless nothing else is left.
	 * @param subOrders the status of every sub-order of the order
	 * @return the order's status
	 */
	public static OrderStatus of(Collection<SubOrderStatus> subOrders) {
		if (subOrders.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one sub-order");
		}
		List<SubOrderStatus> live = subOrders.stream().filter((status) -> !status.isWithdrawn()).toList();
		if (live.isEmpty()) {
			return subOrders.contains(SubOrderStatus.CANCELLED) ? CANCELLED : REJECTED;
		}
		long shipped = live.stream()
			.filter((status) -> status == SubOrderStatus.SHIPPED || status == SubOrderStatus.DELIVERED)
			.count();
		if (shipped == live.size()) {
			return live.stream().allMatch(SubOrderStatus.DELIVERED::equals) ? DELIVERED : SHIPPED;
		}
		if (shipped > 0) {
			return PARTIALLY_SHIPPED;
		}
		if (live.contains(SubOrderStatus.PLACED)) {
			return PLACED;
		}
		if (live.stream().allMatch(SubOrderStatus.CANCEL_REQUESTED::equals)) {
			return CANCEL_REQUESTED;
		}
		return (live.size() == subOrders.size()) ? CONFIRMED : PARTIALLY_CONFIRMED;
	}

}
