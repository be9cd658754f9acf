package dev.centraldistribution.distributor.orders;

/**
 * A manufacturer's report about one of its sub-orders, applied once by its message id.
 *
 * @param messageId the message's id, unique per message; a redelivery carries the same
 * @param subOrder the sub-order it is about
 * @param manufacturerCode who reports it; only the sub-order's manufacturer may
 * @param event what happened
 * @param shipment carrier and tracking number when {@code event} is
 * {@link SubOrderEvent#SHIPPED}, otherwise {@code null}
 */
public record SubOrderMessage(String messageId, SubOrderId subOrder, String manufacturerCode, SubOrderEvent event,
		Shipment shipment) {

	/**
	 * How a sub-order travels.
	 *
	 * @param carrier the carrier's name
	 * @param trackingNumber the carrier's tracking number
	 */
	public record Shipment(String carrier, String trackingNumber) {
	}

}
