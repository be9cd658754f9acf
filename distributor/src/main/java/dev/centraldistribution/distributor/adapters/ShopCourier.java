package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.LineVerdict;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.PurchaseAnswered;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code shop} adapter's delivery: a purchase becomes {@code POST /shop/v1/orders}, a
 * cancellation {@code POST /shop/v1/orders/{reference}/cancellation}, each with our
 * message id as its {@code Idempotency-Key}, so that the relay's retries are applied once
 * by the shop. The answer comes in the exchange: {@code 201} or {@code 200} (a repeat)
 * with a verdict per item, {@code 409} or {@code 422} with a reason for what the shop
 * cannot do (every line rejected, or the cancellation refused). Before the message counts
 * as delivered its answer is counted ({@link AnsweredPurchases}) and handed on
 * ({@link ManufacturerAnswered}); anything else (a 5xx, no answer in time, no connection,
 * an answer that cannot be read) is a failure the relay retries with backoff, and after
 * {@code distributor.adapters.shop.max-attempts} keeps as a dead letter. A shop has no
 * sales cycles: a cycle summary is delivered by telling it nothing.
 */
@Component
@EnableConfigurationProperties(ShopAdapterProperties.class)
class ShopCourier implements Courier {

	static final String ORDERS = "/shop/v1/orders";

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final ManufacturerDirectory manufacturers;

	private final AnsweredPurchases answered;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final ShopAdapterProperties properties;

	ShopCourier(ManufacturerDirectory manufacturers, AnsweredPurchases answered, ApplicationEventPublisher events,
			JsonMapper json, Clock clock, ShopAdapterProperties properties) {
		this.properties = properties;
		this.manufacturers = manufacturers;
		this.answered = answered;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public AdapterKind kind() {
		return AdapterKind.SHOP;
	}

	@Override
	public boolean gaveUp(int attempts) {
		return attempts >= this.properties.maxAttempts();
	}

	@Override
	public Sending send(Parcel parcel) {
		Manufacturer shop = this.manufacturers.findByCode(parcel.routingKey()).orElse(null);
		if (shop == null) {
			return Sending.failed("no manufacturer " + parcel.routingKey());
		}
		try {
			return switch (parcel.type()) {
				case PurchaseConfirmation.TYPE -> purchase(shop, parcel);
				case PurchaseCancellation.TYPE -> cancellation(shop, parcel);
				case CycleSummary.TYPE -> (timeout) -> null;
				default -> Sending.failed("a shop takes no " + parcel.type());
			};
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return Sending.failed("unreadable " + parcel.type() + ": " + ex.getMessage());
		}
	}

	private Sending purchase(Manufacturer shop, Parcel parcel) {
		PurchaseConfirmation purchase = this.json.readValue(parcel.payload(), PurchaseConfirmation.class);
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("reference", String.valueOf(purchase.subOrderId()));
		order.put("items", purchase.lines().stream().map((line) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("productId", line.sku());
			item.put("quantity", line.quantity());
			return item;
		}).toList());
		CompletableFuture<HttpResponse<String>> response = post(shop, ORDERS, parcel.messageId(),
				this.json.writeValueAsString(order));
		return (timeout) -> await(response, timeout, (status, body) -> {
			if (status != 200 && status != 201 && status != 409 && status != 422) {
				return "HTTP status " + status;
			}
			List<LineVerdict> verdicts = verdicts(purchase, status, body);
			this.answered.answered(shop.code(), purchase.messageId(), purchase.lines(), this.clock.instant());
			this.events.publishEvent(new PurchaseAnswered("shop-answer-" + purchase.messageId(), purchase.subOrderId(),
					shop.code(), verdicts));
			return null;
		});
	}

	private Sending cancellation(Manufacturer shop, Parcel parcel) {
		PurchaseCancellation cancellation = this.json.readValue(parcel.payload(), PurchaseCancellation.class);
		CompletableFuture<HttpResponse<String>> response = post(shop,
				ORDERS + "/" + cancellation.subOrderId() + "/cancellation", parcel.messageId(), "");
		return (timeout) -> await(response, timeout, (status, body) -> {
			if (status != 200 && status != 201 && status != 409 && status != 422) {
				return "HTTP status " + status;
			}
			this.events
				.publishEvent(new SubOrderReported("shop-answer-" + cancellation.messageId(), cancellation.subOrderId(),
						shop.code(), (status < 300) ? Report.CANCELLED : Report.CANCEL_REFUSED, null, null));
			return null;
		});
	}

	/** One verdict per line: the shop's per item, or its reason for all of them. */
	private List<LineVerdict> verdicts(PurchaseConfirmation purchase, int status, String body) {
		JsonNode answer = this.json.readTree(body);
		Map<String, JsonNode> items = new HashMap<>();
		answer.path("items").forEach((item) -> items.put(item.path("productId").asString(""), item));
		String reason = answer.path("reason").isString() ? answer.path("reason").stringValue() : "HTTP " + status;
		return purchase.lines().stream().map((line) -> {
			JsonNode item = items.get(line.sku());
			if (status >= 300) {
				return new LineVerdict(line.sku(), false, itemReason(item, reason));
			}
			boolean accepted = items.isEmpty() || (item != null && "accepted".equals(item.path("status").asString("")));
			return new LineVerdict(line.sku(), accepted, accepted ? null : itemReason(item, "not supplied"));
		}).toList();
	}

	private static String itemReason(JsonNode item, String otherwise) {
		String reason = (item != null && item.path("reason").isString()) ? item.path("reason").stringValue()
				: otherwise;
		return (reason.length() > 200) ? reason.substring(0, 200) : reason;
	}

	private CompletableFuture<HttpResponse<String>> post(Manufacturer shop, String path, String key, String body) {
		String base = shop.baseUrl().toString().replaceAll("/+$", "");
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(this.properties.requestTimeout())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String await(CompletableFuture<HttpResponse<String>> response, Duration timeout, Answer answer) {
		HttpResponse<String> received;
		try {
			received = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			return "no answer within " + timeout;
		}
		catch (ExecutionException ex) {
			return "exchange failed: " + ex.getCause();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while waiting for the answer";
		}
		try {
			return answer.apply(received.statusCode(), received.body());
		}
		catch (JacksonException ex) {
			return "unreadable answer (HTTP " + received.statusCode() + ")";
		}
		catch (RuntimeException ex) {
			return "answer not applied: " + ex;
		}
	}

	/** What to make of the shop's answer: {@code null} when the parcel is delivered. */
	@FunctionalInterface
	private interface Answer {

		String apply(int status, String body);

	}

}
