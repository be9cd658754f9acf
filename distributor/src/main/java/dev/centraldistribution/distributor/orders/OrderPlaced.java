package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * An order was placed. Published inside the checkout transaction, before its stock
 * decrements: a plain {@code @EventListener} writes in that transaction (and is rolled
 * back with it when stock ran short); a {@code @TransactionalEventListener} hears of it
 * only once the order is committed.
 *
 * @param order the order
 * @param customer who bought
 * @param placedAt when
 * @param totalCents what the customer pays, in minor units
 * @param currency ISO 4217 code
 * @param subOrders one per manufacturer involved
 */
public record OrderPlaced(OrderId order, CustomerId customer, Instant placedAt, long totalCents, String currency,
		List<SubOrder> subOrders) {

	public OrderPlaced {
		subOrders = List.copyOf(subOrders);
	}

	/**
	 * What one manufacturer supplies.
	 *
	 * @param id the sub-order
	 * @param manufacturerCode the manufacturer
	 * @param totalCents what its lines cost, in minor units
	 * @param lines its lines
	 */
	public record SubOrder(SubOrderId id, String manufacturerCode, long totalCents, List<Line> lines) {

		public SubOrder {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One product bought.
	 *
	 * @param offering the offering
	 * @param sku the manufacturer's product code
	 * @param quantity units bought
	 * @param unitPriceCents the price paid per unit
	 */
	public record Line(OfferingId offering, String sku, int quantity, long unitPriceCents) {
	}

}
