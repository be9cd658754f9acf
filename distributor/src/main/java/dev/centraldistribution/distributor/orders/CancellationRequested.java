package dev.centraldistribution.distributor.orders;

/**
 * A customer asked to cancel a sub-order. Published inside the request's transaction: a
 * plain {@code @EventListener} (the confirmations' outbox) writes in that transaction.
 *
 * @param order the order
 * @param subOrder the sub-order to cancel
 * @param manufacturerCode who supplies it
 */
public record CancellationRequested(OrderId order, SubOrderId subOrder, String manufacturerCode) {
}
