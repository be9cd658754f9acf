package dev.centraldistribution.distributor.orders;

/**
 * Something a customer sees of an order changed: a sub-order moved or stayed with a new
 * step on its timeline (an answer, a shipment, a delivery, a cancellation asked or
 * answered), or a line was refunded. Published inside the transaction that changed it, so
 * that a {@code @TransactionalEventListener} hears of it only once committed.
 *
 * @param order the order changed
 */
public record OrderChanged(OrderId order) {

}
