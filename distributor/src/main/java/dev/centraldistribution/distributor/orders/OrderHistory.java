package dev.centraldistribution.distributor.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own orders, newest first. Another customer's order is never found.
 */
@Service
@Transactional(readOnly = true)
public class OrderHistory {

	/** The most orders one page may hold. */
	public static final int MAX_PAGE_SIZE = 50;

	private final OrderRows rows;

	private final AcknowledgementDeadline deadline;

	private final Clock clock;

	OrderHistory(OrderRows rows, AcknowledgementDeadline deadline, Clock clock) {
		this.rows = rows;
		this.deadline = deadline;
		this.clock = clock;
	}

	/**
	 * A page of the customer's orders.
	 * @param customer whose orders
	 * @param page zero-based page number
	 * @param size orders per page, from 1 to {@link #MAX_PAGE_SIZE}
	 * @return the page
	 */
	public OrderHistoryPage ordersOf(CustomerId customer, int page, int size) {
		return ordersOf(customer, null, page, size);
	}

	/**
	 * A page of the customer's orders in one status.
	 * @param customer whose orders
	 * @param status only orders in this status; {@code null} for all
	 * @param page zero-based page number
	 * @param size orders per page, from 1 to {@link #MAX_PAGE_SIZE}
	 * @return the page
	 */
	public OrderHistoryPage ordersOf(CustomerId customer, OrderStatus status, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("No page " + page + " of size " + size);
		}
		return new OrderHistoryPage(this.rows.page(customer, status, page, size, overdueIfPlacedBefore()), page, size,
				this.rows.count(customer, status));
	}

	/**
	 * One of the customer's orders.
	 * @param customer whose order
	 * @param order the order
	 * @return the order, empty when the customer has no such order
	 */
	public Optional<OrderSummary> find(CustomerId customer, OrderId order) {
		return this.rows.find(customer, order, overdueIfPlacedBefore()).stream().findFirst();
	}

	private Instant overdueIfPlacedBefore() {
		return this.deadline.overdueIfPlacedBefore(this.clock.instant());
	}

}
