package dev.centraldistribution.distributor.orders;

/**
 * The order a checkout token placed and the payment authorisation it holds.
 *
 * @param order the order
 * @param paymentReference the authorisation, {@code null} for an order that cost nothing
 */
public record PlacedOrderRef(OrderId order, String paymentReference) {

}
