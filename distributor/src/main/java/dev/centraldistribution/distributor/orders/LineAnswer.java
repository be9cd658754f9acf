package dev.centraldistribution.distributor.orders;

/**
 * Whether a manufacturer will supply one line of its sub-order.
 *
 * @param sku the manufacturer's product code
 * @param accepted whether it will be supplied
 * @param reason why not, when rejected
 */
public record LineAnswer(String sku, boolean accepted, String reason) {

}
