package dev.centraldistribution.manufacturer.shop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.purchases.AppliedConfirmation;
import dev.centraldistribution.manufacturer.purchases.ApplyCancellation;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the shop's orders and cancellations once per {@code Idempotency-Key}: applied in
 * one transaction with the answer stored under the key (the simulator's purchases and
 * cancellations apply them, as they do our contract's messages), so that a repeat gets
 * the same answer, {@code 200} for a {@code 201}, and a key used for another request is
 * refused ({@code 422}).
 */
@Service
class ShopOrders {

	static final int CREATED = 201;

	static final int OK = 200;

	static final int CONFLICT = 409;

	static final int UNPROCESSABLE = 422;

	private final ApplyPurchaseConfirmation purchases;

	private final ApplyCancellation cancellations;

	private final ShopRequests requests;

	private final ManufacturerProperties manufacturer;

	private final JsonMapper json;

	private final Clock clock;

	ShopOrders(ApplyPurchaseConfirmation purchases, ApplyCancellation cancellations, ShopRequests requests,
			ManufacturerProperties manufacturer, JsonMapper json, Clock clock) {
		this.purchases = purchases;
		this.cancellations = cancellations;
		this.requests = requests;
		this.manufacturer = manufacturer;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Places an order: {@code {"reference": "42", "items": [{"productId": "SKU",
	 * "quantity": 2}]}}.
	 */
	@Transactional
	ShopAnswer order(String key, String hash, JsonNode request) {
		ShopAnswer repeated = repeated(key, hash);
		if (repeated != null) {
			return repeated;
		}
		long reference = reference(request.path("reference"));
		JsonNode items = request.path("items");
		if (reference <= 0 || !items.isArray() || items.isEmpty() || items.size() > 1000) {
			return error(UNPROCESSABLE, "invalid-order", "a numeric reference and 1 to 1000 items are needed");
		}
		List<PurchaseConfirmation.Line> lines = new ArrayList<>();
		for (JsonNode item : items) {
			JsonNode quantity = item.path("quantity");
			if (!item.path("productId").isString() || !quantity.isIntegralNumber() || quantity.longValue() <= 0) {
				return error(UNPROCESSABLE, "invalid-order", "each item needs a productId and a positive quantity");
			}
			lines.add(new PurchaseConfirmation.Line(item.path("productId").stringValue(), quantity.longValue(), 0));
		}
		Instant now = this.clock.instant();
		AppliedConfirmation applied = this.purchases.apply(new PurchaseConfirmation(key,
				PurchaseConfirmation.SCHEMA_VERSION, now, this.manufacturer.code(), reference, reference, lines));
		List<Map<String, Object>> answered = new ArrayList<>();
		String firstReason = null;
		for (PurchaseAcknowledgement.LineOutcome line : applied.acknowledgement().lines()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("productId", line.sku());
			item.put("quantity", line.quantity());
			item.put("status", line.accepted() ? "accepted" : "rejected");
			item.put("reason", line.reason());
			answered.add(item);
			firstReason = (firstReason == null && !line.accepted()) ? line.reason() : firstReason;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		int status;
		if (applied.acceptedLines() > 0) {
			status = CREATED;
			body.put("orderId", key);
			body.put("reference", String.valueOf(reference));
			body.put("status", (applied.rejectedLines() > 0) ? "partially-accepted" : "accepted");
		}
		else {
			status = CONFLICT;
			body.put("error", "cannot-supply");
			body.put("reason", firstReason);
		}
		body.put("items", answered);
		String text = this.json.writeValueAsString(body);
		this.requests.store(key, hash, ShopRequests.ORDER, reference, status, text, now);
		return new ShopAnswer(applied.redelivery() && status == CREATED ? OK : status, text);
	}

	/** Cancels the order placed with this reference, unless it shipped. */
	@Transactional
	ShopAnswer cancel(String key, String hash, long reference) {
		ShopAnswer repeated = repeated(key, hash);
		if (repeated != null) {
			return repeated;
		}
		if (reference <= 0) {
			return error(UNPROCESSABLE, "invalid-reference", "a positive numeric reference is needed");
		}
		Instant now = this.clock.instant();
		// An order not placed yet gets a key of its own: when it comes, it is refused.
		String orderKey = this.requests.orderKey(reference).orElse("shop-order-" + reference);
		CancellationAnswer answer = this.cancellations
			.answer(new PurchaseCancellation(key, PurchaseCancellation.SCHEMA_VERSION, now, this.manufacturer.code(),
					orderKey, reference))
			.orElse(null);
		if (answer == null) {
			// Applied under this key before the answer was stored: only a concurrent
			// repeat gets here, and the other one stores the answer.
			return error(CONFLICT, "in-progress", "the same cancellation is being applied");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		int status = answer.cancelled() ? CREATED : CONFLICT;
		body.put("reference", String.valueOf(reference));
		if (answer.cancelled()) {
			body.put("status", "cancelled");
		}
		else {
			body.put("error", "already-shipped");
			body.put("reason", answer.reason());
		}
		String text = this.json.writeValueAsString(body);
		this.requests.store(key, hash, ShopRequests.CANCELLATION, reference, status, text, now);
		return new ShopAnswer(status, text);
	}

	private ShopAnswer repeated(String key, String hash) {
		return this.requests.find(key).map((stored) -> {
			if (!stored.hash().equals(hash)) {
				return error(UNPROCESSABLE, "key-reused", "this Idempotency-Key was used for another request");
			}
			return new ShopAnswer((stored.status() == CREATED) ? OK : stored.status(), stored.body());
		}).orElse(null);
	}

	private ShopAnswer error(int status, String error, String reason) {
		return new ShopAnswer(status, this.json.writeValueAsString(Map.of("error", error, "reason", reason)));
	}

	private static long reference(JsonNode reference) {
		if (!reference.isString() || !reference.stringValue().matches("[1-9][0-9]{0,17}")) {
			return -1;
		}
		return Long.parseLong(reference.stringValue());
	}

}
