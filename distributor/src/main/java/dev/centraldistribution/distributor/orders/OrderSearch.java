package dev.centraldistribution.distributor.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer's orders, for the operator: a page of those that match, newest first,
 * and any one order by its number. Customers read theirs through {@link OrderHistory}.
 */
@Service
@Transactional(readOnly = true)
public class OrderSearch {

	/** The most orders one page may hold. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Pages beyond this are not read: an offset this deep costs the database too much.
	 */
	public static final int MAX_PAGE = 1_000;

	private final OperatorOrderRows rows;

	private final AcknowledgementDeadline deadline;

	private final Clock clock;

	OrderSearch(OperatorOrderRows rows, AcknowledgementDeadline deadline, Clock clock) {
		this.rows = rows;
		this.deadline = deadline;
		this.clock = clock;
	}

	/**
	 * A page of the orders that match.
	 * @param criteria which orders
	 * @param page zero-based page number, at most {@link #MAX_PAGE}
	 * @param size orders per page, from 1 to {@link #MAX_PAGE_SIZE}
	 * @return the page
	 */
	public OrderSearchPage search(OrderCriteria criteria, int page, int size) {
		if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("No page " + page + " of size " + size);
		}
		List<OrderSummary> found = this.rows.page(criteria, (long) page * size, size + 1, overdueIfPlacedBefore());
		boolean hasNext = found.size() > size;
		return new OrderSearchPage(hasNext ? found.subList(0, size) : found, page, size, hasNext);
	}

	/**
	 * Any customer's order.
	 * @param order its number
	 * @return the order, empty when there is none with this number
	 */
	public Optional<OrderSummary> find(OrderId order) {
		return this.rows.find(order, overdueIfPlacedBefore()).stream().findFirst();
	}

	private Instant overdueIfPlacedBefore() {
		return this.deadline.overdueIfPlacedBefore(this.clock.instant());
	}

}
