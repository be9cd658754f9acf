package dev.centraldistribution.distributor.adapters;

/**
 * One message of ours for a manufacturer (a purchase, a cancellation, a cycle summary),
 * in our contract's form, as the outbox keeps it: each adapter turns it into what its
 * manufacturer's API takes.
 *
 * @param messageId unique and stable: the manufacturer applies it once by this
 * @param exchange where the native contract publishes it
 * @param routingKey with which key: for the purchases exchange, the manufacturer's code
 * @param type the message type of our contract, e.g. {@code PurchaseConfirmation}
 * @param payload the message as JSON of our contract
 */
public record Parcel(String messageId, String exchange, String routingKey, String type, String payload) {

}
