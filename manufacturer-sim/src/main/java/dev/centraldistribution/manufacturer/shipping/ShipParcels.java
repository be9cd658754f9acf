package dev.centraldistribution.manufacturer.shipping;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ships the parcels due and delivers those whose transit is over. Each step and its
 * message to the distributor are written in one transaction, the message into the outbox:
 * a crash between the two loses neither.
 */
@Service
public class ShipParcels {

	/** Parcels handled per round at most; the next round takes the rest. */
	static final int BATCH = 100;

	private final ShipmentRepository shipments;

	private final Outbox outbox;

	private final ShippingProperties properties;

	private final ManufacturerProperties manufacturer;

	private final JsonMapper json;

	private final Clock clock;

	ShipParcels(ShipmentRepository shipments, Outbox outbox, ShippingProperties properties,
			ManufacturerProperties manufacturer, JsonMapper json, Clock clock) {
		this.shipments = shipments;
		this.outbox = outbox;
		this.properties = properties;
		this.manufacturer = manufacturer;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Ships every parcel due.
	 * @return how many shipped
	 */
	@Transactional
	public int shipDue() {
		Instant now = this.clock.instant();
		int shipped = 0;
		for (long subOrderId : this.shipments.dueToShip(now, BATCH)) {
			String tracking = trackingNumber(subOrderId);
			if (this.shipments.markShipped(subOrderId, now, this.properties.carrier(), tracking)) {
				var message = new SubOrderShipped(UUID.randomUUID().toString(), SubOrderShipped.SCHEMA_VERSION, now,
						this.manufacturer.code(), subOrderId, this.properties.carrier(), tracking);
				this.outbox.add(message.messageId(),
						MessagingTopology.eventRoutingKey(SubOrderShipped.KIND, this.manufacturer.code()),
						SubOrderShipped.TYPE, this.json.writeValueAsString(message), now);
				shipped++;
			}
		}
		return shipped;
	}

	/**
	 * Delivers every parcel shipped at least the transit time ago.
	 * @return how many were delivered
	 */
	@Transactional
	public int deliverDue() {
		Instant now = this.clock.instant();
		int delivered = 0;
		for (long subOrderId : this.shipments.dueToDeliver(now.minus(this.properties.transit()), BATCH)) {
			if (this.shipments.markDelivered(subOrderId, now)) {
				var message = new SubOrderDelivered(UUID.randomUUID().toString(), SubOrderDelivered.SCHEMA_VERSION, now,
						this.manufacturer.code(), subOrderId);
				this.outbox.add(message.messageId(),
						MessagingTopology.eventRoutingKey(SubOrderDelivered.KIND, this.manufacturer.code()),
						SubOrderDelivered.TYPE, this.json.writeValueAsString(message), now);
				delivered++;
			}
		}
		return delivered;
	}

	private String trackingNumber(long subOrderId) {
		return this.manufacturer.code().toUpperCase(Locale.ROOT) + "-" + subOrderId;
	}

}
