package dev.centraldistribution.manufacturer.shipping;

import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an accepted sub-order on the shipping schedule, in the transaction that accepts
 * it: it ships {@code manufacturer.shipping.delay} later.
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
	 * Schedules a shipment, once per sub-order.
	 * @param subOrderId the distributor's sub-order
	 * @param confirmationId the purchase confirmation that sold it
	 * @param acceptedAt when it was accepted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void schedule(long subOrderId, String confirmationId, Instant acceptedAt) {
		this.shipments.schedule(subOrderId, confirmationId, acceptedAt.plus(this.properties.delay()));
	}

}
