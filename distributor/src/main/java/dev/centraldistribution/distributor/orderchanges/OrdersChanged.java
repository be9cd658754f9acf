package dev.centraldistribution.distributor.orderchanges;

import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderId;

/**
 * Orders changed on some instance. Raised on every instance, outside any transaction, on
 * the thread that consumed the notice: listeners must return quickly, and read the
 * orders' current state themselves.
 *
 * @param changes the orders changed, each with its customer
 */
public record OrdersChanged(List<Change> changes) {

	public OrdersChanged {
		changes = List.copyOf(changes);
	}

	/**
	 * One order changed.
	 *
	 * @param order the order
	 * @param customer whose order it is: only they may hear of it
	 */
	public record Change(OrderId order, CustomerId customer) {
	}

}
