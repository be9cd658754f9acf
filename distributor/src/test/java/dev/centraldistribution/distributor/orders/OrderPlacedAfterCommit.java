package dev.centraldistribution.distributor.orders;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears of {@link OrderPlaced} the way listeners that act outside the checkout do: only
 * once the order is committed.
 */
@Component
public class OrderPlacedAfterCommit {

	private final List<OrderPlaced> heard = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(OrderPlaced event) {
		this.heard.add(event);
	}

	public List<OrderPlaced> heardOf(OrderId order) {
		return this.heard.stream().filter((event) -> event.order().equals(order)).toList();
	}

	public boolean heardFromCustomerOf(CustomerId customer) {
		return this.heard.stream().anyMatch((event) -> event.customer().equals(customer));
	}

}
