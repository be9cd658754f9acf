package dev.centraldistribution.distributor.web.admin;

import java.util.ArrayList;
import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderCriteria;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.web.StatusWords;

/**
 * A choice of the console's orders page: every order, the orders in one status, or those
 * with a part past the acknowledgement deadline.
 *
 * @param value the {@code status} parameter that asks for it, empty for every order
 * @param label in words
 */
record OrderFilter(String value, String label) {

	private static final StatusWords WORDS = new StatusWords();

	static final OrderFilter ALL = new OrderFilter("", "All");

	static final OrderFilter OVERDUE = new OrderFilter("OVERDUE", "Waiting past the deadline");

	/** Every choice, in the order of an order's life. */
	static final List<OrderFilter> CHOICES = choices();

	/** The filter a parameter asks for; nonsense or nothing asks for every order. */
	static OrderFilter of(String value) {
		return CHOICES.stream().filter((filter) -> filter.value.equals(value)).findFirst().orElse(ALL);
	}

	OrderCriteria criteria(CustomerId customer) {
		if (this.equals(OVERDUE)) {
			return new OrderCriteria(null, true, customer);
		}
		return new OrderCriteria(this.value.isEmpty() ? null : OrderStatus.valueOf(this.value), false, customer);
	}

	/** An order's status in the shop's words ({@link StatusWords}). */
	static String label(OrderStatus status) {
		return WORDS.label(status);
	}

	private static List<OrderFilter> choices() {
		List<OrderFilter> choices = new ArrayList<>();
		choices.add(ALL);
		for (OrderStatus status : OrderStatus.values()) {
			choices.add(new OrderFilter(status.name(), label(status)));
		}
		choices.add(OVERDUE);
		return List.copyOf(choices);
	}

}
