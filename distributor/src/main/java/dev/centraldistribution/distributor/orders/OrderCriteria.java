package dev.centraldistribution.distributor.orders;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * Which orders the operator looks for; every part left {@code null} (or {@code false})
 * matches every order.
 *
 * @param status only orders in this status
 * @param overdue only orders with a sub-order its manufacturer has not answered within
 * the acknowledgement deadline (whatever the order's status says of its other parts)
 * @param customer only this customer's orders
 */
public record OrderCriteria(OrderStatus status, boolean overdue, CustomerId customer) {

	/** Every order. */
	public static final OrderCriteria ALL = new OrderCriteria(null, false, null);

}
