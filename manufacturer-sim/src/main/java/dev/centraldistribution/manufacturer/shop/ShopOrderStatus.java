package dev.centraldistribution.manufacturer.shop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.manufacturer.shipping.TrackParcel;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's status in the shop's own words ({@code GET /shop/v1/orders/{reference}}):
 * {@code accepted}, {@code shipped} (with its carrier and tracking number),
 * {@code delivered}, {@code cancelled}, or {@code rejected} when none of it could be
 * supplied. A shop pushes nothing: its customers ask.
 */
@Service
class ShopOrderStatus {

	private final ShopRequests requests;

	private final TrackParcel parcels;

	private final JsonMapper json;

	ShopOrderStatus(ShopRequests requests, TrackParcel parcels, JsonMapper json) {
		this.requests = requests;
		this.parcels = parcels;
		this.json = json;
	}

	/**
	 * The order's status as JSON.
	 * @param reference the order's reference
	 * @return its status, empty for an order the shop never took
	 */
	@Transactional(readOnly = true)
	Optional<String> of(long reference) {
		Optional<Integer> ordered = this.requests.orderStatus(reference);
		Optional<TrackParcel.Parcel> parcel = this.parcels.of(reference);
		if (ordered.isEmpty()) {
			// Cancelled before its order came: the shop knows the reference but took no
			// order.
			return parcel.filter((found) -> found.cancelledAt() != null)
				.map((found) -> body(reference, "cancelled", null));
		}
		if (parcel.isEmpty() || ordered.get() >= 300) {
			return Optional.of(body(reference, (ordered.get() >= 300) ? "rejected" : "accepted", null));
		}
		TrackParcel.Parcel found = parcel.get();
		if (found.cancelledAt() != null) {
			return Optional.of(body(reference, "cancelled", null));
		}
		if (found.deliveredAt() != null) {
			return Optional.of(body(reference, "delivered", found));
		}
		return Optional.of(body(reference, (found.shippedAt() != null) ? "shipped" : "accepted",
				(found.shippedAt() != null) ? found : null));
	}

	private String body(long reference, String status, TrackParcel.Parcel shipped) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reference", String.valueOf(reference));
		body.put("status", status);
		if (shipped != null) {
			Map<String, Object> shipment = new LinkedHashMap<>();
			shipment.put("carrier", shipped.carrier());
			shipment.put("trackingNumber", shipped.trackingNumber());
			shipment.put("shippedAt", shipped.shippedAt().toString());
			if (shipped.deliveredAt() != null) {
				shipment.put("deliveredAt", shipped.deliveredAt().toString());
			}
			body.put("shipment", shipment);
		}
		return this.json.writeValueAsString(body);
	}

}
