package dev.centraldistribution.distributor.orders;

import java.util.List;

/**
 * A page of the orders the operator looked for, newest first. Pages are not counted:
 * whether there is a next one is known from one order more read.
 *
 * @param orders the orders on this page
 * @param page zero-based page number
 * @param size orders per page
 * @param hasNext whether an older order matches too
 */
public record OrderSearchPage(List<OrderSummary> orders, int page, int size, boolean hasNext) {

	public OrderSearchPage {
		orders = List.copyOf(orders);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean isEmpty() {
		return this.orders.isEmpty();
	}

}
