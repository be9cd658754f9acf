package dev.centraldistribution.manufacturer.shop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.shipping.ShipParcels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's customer learns where its order is by asking ({@code GET
 * /shop/v1/orders/{reference}}): accepted, shipped with carrier and tracking number,
 * delivered, cancelled or rejected, tagged so that an unchanged status costs a
 * {@code 304}. Shipping runs by hand here, with no delay and no transit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "manufacturer.api=shop",
		"manufacturer.shipping.enabled=false", "manufacturer.shipping.delay=0s", "manufacturer.shipping.transit=0s" })
class ShopOrderStatusTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ShipParcels parcels;

	@LocalServerPort
	int port;

	private final long reference = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 1000);

	@BeforeEach
	void startFromTheInitialStock() {
		TestCatalogue.resetToInitialStock(this.jdbc);
	}

	@Test
	void anOrderIsAcceptedThenShippedThenDeliveredEachStepTagged() throws Exception {
		order(TestCatalogue.DRILL.sku());

		HttpResponse<String> accepted = get(this.reference, null);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(status(accepted)).isEqualTo("accepted");
		assertThat(this.json.readTree(accepted.body()).path("reference").stringValue())
			.isEqualTo(String.valueOf(this.reference));
		String tag = accepted.headers().firstValue("ETag").orElseThrow();
		assertThat(get(this.reference, tag).statusCode()).as("asked again with its tag").isEqualTo(304);

		everyParcelDue(this.parcels::shipDue);
		HttpResponse<String> shipped = get(this.reference, tag);
		assertThat(shipped.statusCode()).as("changed since the tag").isEqualTo(200);
		assertThat(status(shipped)).isEqualTo("shipped");
		JsonNode shipment = this.json.readTree(shipped.body()).path("shipment");
		assertThat(shipment.path("carrier").stringValue()).isEqualTo("Parcelways");
		assertThat(shipment.path("trackingNumber").stringValue()).isNotBlank();

		everyParcelDue(this.parcels::deliverDue);
		assertThat(status(get(this.reference, null))).isEqualTo("delivered");
	}

	@Test
	void aCancelledOrderSaysSo() throws Exception {
		order(TestCatalogue.DRILL.sku());
		post(ShopOrdersController.ORDERS + "/" + this.reference + "/cancellation", "cancel-" + this.reference, "");

		assertThat(status(get(this.reference, null))).isEqualTo("cancelled");
	}

	@Test
	void anOrderOfNothingInStockIsRejected() throws Exception {
		order(TestCatalogue.SAW.sku());

		assertThat(status(get(this.reference, null))).isEqualTo("rejected");
	}

	@Test
	void anOrderTheShopNeverTookIsNotFound() throws Exception {
		assertThat(get(this.reference, null).statusCode()).isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri(ShopOrdersController.ORDERS + "/x%27--"))).statusCode())
			.isEqualTo(404);
	}

	/** A step for every parcel due, in batches: other tests' parcels may be due too. */
	private static void everyParcelDue(IntSupplier step) {
		int moved;
		do {
			moved = step.getAsInt();
		}
		while (moved > 0);
	}

	private void order(String sku) throws Exception {
		post(ShopOrdersController.ORDERS, "order-" + this.reference, "{\"reference\": \"" + this.reference
				+ "\", \"items\": [{\"productId\": \"" + sku + "\", \"quantity\": 1}]}");
	}

	private String status(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("status").stringValue();
	}

	private HttpResponse<String> get(long reference, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(ShopOrdersController.ORDERS + "/" + reference));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return send(request);
	}

	private void post(String path, String key, String body) throws Exception {
		send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header(ShopOrdersController.IDEMPOTENCY_KEY, key)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
