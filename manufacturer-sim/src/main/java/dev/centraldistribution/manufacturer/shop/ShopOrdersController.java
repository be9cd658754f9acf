package dev.centraldistribution.manufacturer.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders ({@code POST /shop/v1/orders}) and their cancellation ({@code POST
 * /shop/v1/orders/{reference}/cancellation}), each with an {@code Idempotency-Key}:
 * {@code 201}, {@code 200} for a repeat, {@code 409} with a reason for what the shop
 * cannot do (nothing of the order in stock, already shipped), {@code 422} for what it
 * cannot read; and an order's status ({@code GET /shop/v1/orders/{reference}}, tagged,
 * {@code 304 Not Modified} when asked with its tag), which is how a shop's customer
 * learns of its shipment and delivery.
 */
@RestController
@ConditionalOnProperty(name = "manufacturer.api", havingValue = "shop")
class ShopOrdersController {

	static final String ORDERS = "/shop/v1/orders";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ShopOrders orders;

	private final ShopOrderStatus statuses;

	private final JsonMapper json;

	ShopOrdersController(ShopOrders orders, ShopOrderStatus statuses, JsonMapper json) {
		this.orders = orders;
		this.statuses = statuses;
		this.json = json;
	}

	@PostMapping(ORDERS)
	ResponseEntity<String> order(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			@RequestBody(required = false) byte[] body) {
		if (!usable(key)) {
			return answer(missingKey());
		}
		JsonNode request;
		try {
			request = (body != null) ? this.json.readTree(body) : null;
		}
		catch (JacksonException ex) {
			request = null;
		}
		if (request == null || !request.isObject()) {
			return answer(new ShopAnswer(ShopOrders.UNPROCESSABLE,
					this.json.writeValueAsString(Map.of("error", "invalid-order", "reason", "not a JSON object"))));
		}
		return answer(this.orders.order(key, hash("order", body), request));
	}

	@PostMapping(ORDERS + "/{reference}/cancellation")
	ResponseEntity<String> cancel(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			@PathVariable String reference) {
		if (!usable(key)) {
			return answer(missingKey());
		}
		long parsed = reference.matches("[1-9][0-9]{0,17}") ? Long.parseLong(reference) : -1;
		return answer(this.orders.cancel(key, hash("cancel", reference.getBytes(StandardCharsets.UTF_8)), parsed));
	}

	@GetMapping(ORDERS + "/{reference}")
	ResponseEntity<String> status(@PathVariable String reference,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Optional<String> status = reference.matches("[1-9][0-9]{0,17}") ? this.statuses.of(Long.parseLong(reference))
				: Optional.empty();
		if (status.isEmpty()) {
			return answer(new ShopAnswer(404, this.json
				.writeValueAsString(Map.of("error", "unknown-order", "reason", "no order with this reference"))));
		}
		String tag = '"' + hash("status", status.get().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + '"';
		if (ifNoneMatch != null && ifNoneMatch.strip().equals(tag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
		}
		return ResponseEntity.ok().eTag(tag).contentType(MediaType.APPLICATION_JSON).body(status.get());
	}

	private ShopAnswer missingKey() {
		return new ShopAnswer(400, this.json.writeValueAsString(
				Map.of("error", "idempotency-key", "reason", "an Idempotency-Key of 1 to 200 printable characters")));
	}

	private static boolean usable(String key) {
		return key != null && !key.isBlank() && key.length() <= 200 && key.chars().allMatch((c) -> c > 32 && c < 127);
	}

	private static ResponseEntity<String> answer(ShopAnswer answer) {
		return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
	}

	private static String hash(String kind, byte[] request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(kind.getBytes(StandardCharsets.UTF_8));
			digest.update(request);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
