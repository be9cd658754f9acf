package dev.centraldistribution.distributor.orders;

import java.util.List;

/**
 * A page of a customer's orders, newest first.
 *
 * @param orders the orders on this page
 * @param page zero-based page number
 * @param size orders per page
 * @param totalOrders the customer's orders over all pages
 */
public record OrderHistoryPage(List<OrderSummary> orders, int page, int size, long totalOrders) {

	public OrderHistoryPage {
		orders = List.copyOf(orders);
	}

	public int totalPages() {
		return (int) ((this.totalOrders + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean isEmpty() {
		return this.orders.isEmpty();
	}

}
