package dev.centraldistribution.manufacturer.shipping;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cancellation's side of a shipment, in the transaction that applies the cancellation.
 * Shipping and cancelling are conditional updates of the same row, so exactly one of them
 * wins a race.
 */
@Service
public class CancelShipment {

	private final ShipmentRepository shipments;

	CancelShipment(ShipmentRepository shipments) {
		this.shipments = shipments;
	}

	/**
	 * Cancels the sub-order's shipment.
	 * @param subOrderId the distributor's sub-order
	 * @param confirmationId the purchase confirmation that sold it
	 * @param now when
	 * @return what it found
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ShipmentCancellation cancel(long subOrderId, String confirmationId, Instant now) {
		if (this.shipments.open(subOrderId, confirmationId, now)) {
			return ShipmentCancellation.BEFORE_PURCHASE;
		}
		if (this.shipments.cancel(subOrderId, now)) {
			return ShipmentCancellation.CANCELLED;
		}
		return this.shipments.shipped(subOrderId) ? ShipmentCancellation.ALREADY_SHIPPED
				: ShipmentCancellation.NOTHING_TO_SHIP;
	}

}
