package dev.centraldistribution.manufacturer.shipping;

import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchase's side of its shipment, in the transaction that applies the purchase: it
 * opens the sub-order's row (or finds it cancelled already) and, when some line is
 * accepted, schedules the parcel {@code manufacturer.shipping.delay} later.
 */
@Service
@EnableConfigurationProperties(ShippingProperties.class)
public class ScheduleShipment {

	private final ShipmentRepository shipments;

	private final ShippingProperties properties;

	ScheduleShipment(ShipmentRepository shipments, ShippingProperties properties) {
		this.shipments = shipments;
		this.properties = properties;
	}

	/**
	 * Opens the sub-order's shipment, unless its cancellation came first.
	 * @param subOrderId the distributor's sub-order
	 * @param confirmationId the purchase confirmation that sold it
	 * @return {@code false} when the sub-order was cancelled before its purchase arrived
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean open(long subOrderId, String confirmationId) {
		return this.shipments.open(subOrderId, confirmationId, null);
	}

	/**
	 * Schedules the parcel of an opened shipment.
	 * @param subOrderId the distributor's sub-order
	 * @param acceptedAt when it was accepted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void schedule(long subOrderId, Instant acceptedAt) {
		this.shipments.schedule(subOrderId, acceptedAt.plus(this.properties.delay()));
	}

}
