package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * One of a customer's orders as the order history shows it.
 *
 * @param id the order
 * @param customer whose order it is
 * @param placedAt when it was placed
 * @param status where it stands
 * @param totalCents what the customer paid
 * @param quotedTotalCents what the customer confirmed at checkout, {@code null} for
 * orders placed before checkout forms kept it
 * @param currency ISO 4217 code
 * @param subOrders one per manufacturer, by manufacturer name
 */
public record OrderSummary(OrderId id, CustomerId customer, Instant placedAt, OrderStatus status, long totalCents,
		Long quotedTotalCents, String currency, List<SubOrderSummary> subOrders) {

	public OrderSummary {
		subOrders = List.copyOf(subOrders);
	}

	/**
	 * Whether prices went down between the checkout form and the order, so that the
	 * customer paid less than they confirmed.
	 */
	public boolean isCheaperThanConfirmed() {
		return this.quotedTotalCents != null && this.quotedTotalCents > this.totalCents;
	}

	/**
	 * Whether nothing more will happen to the order, so that its page need not follow it.
	 */
	public boolean isSettled() {
		return this.subOrders.stream().allMatch(SubOrderSummary::isSettled);
	}

	/** Whether some part of the order may still be cancelled. */
	public boolean isCancellable() {
		return this.subOrders.stream().anyMatch(SubOrderSummary::isCancellable);
	}

	public long units() {
		return this.subOrders.stream()
			.flatMap((subOrder) -> subOrder.lines().stream())
			.mapToLong(OrderLineSummary::quantity)
			.sum();
	}

}
