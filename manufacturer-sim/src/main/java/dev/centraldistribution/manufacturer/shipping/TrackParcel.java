package dev.centraldistribution.manufacturer.shipping;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a sub-order's parcel is: for a shop's customers, who cannot be told by a queue.
 */
@Service
public class TrackParcel {

	private final ShipmentRepository shipments;

	TrackParcel(ShipmentRepository shipments) {
		this.shipments = shipments;
	}

	/**
	 * The parcel of a sub-order.
	 * @param subOrderId the sub-order
	 * @return its parcel, empty when neither its purchase nor its cancellation came
	 */
	@Transactional(readOnly = true)
	public Optional<Parcel> of(long subOrderId) {
		return this.shipments.find(subOrderId);
	}

	/**
	 * One parcel's steps, each {@code null} until it happened.
	 *
	 * @param shippedAt when it left
	 * @param deliveredAt when it arrived
	 * @param cancelledAt when it was cancelled instead
	 * @param carrier who carries it, once shipped
	 * @param trackingNumber the carrier's number, once shipped
	 */
	public record Parcel(Instant shippedAt, Instant deliveredAt, Instant cancelledAt, String carrier,
			String trackingNumber) {

	}

}
