package dev.centraldistribution.manufacturer.shop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
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
 * The simulator as a shop: its own API, nothing of our contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manufacturer.api=shop")
class ShopApiTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@BeforeEach
	void startFromTheInitialStock() {
		TestCatalogue.resetToInitialStock(this.jdbc);
	}

	@Test
	void listsProductsPageByPageWithDecimalPricesAndNoAppliedTotal() {
		List<JsonNode> products = new ArrayList<>();
		String next = ShopCatalogueController.PRODUCTS + "?page=0&size=2";
		int pages = 0;
		while (next != null) {
			HttpResponse<String> page = LocalHttp.get(this.port, next);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).doesNotContainIgnoringCase("applied");
			JsonNode body = this.json.readTree(page.body());
			assertThat(body.path("items").size()).isBetween(1, 2);
			body.path("items").forEach(products::add);
			next = body.path("next").isNull() ? null : body.path("next").stringValue();
			pages++;
		}

		assertThat(pages).isGreaterThan(1);
		JsonNode drill = products.stream()
			.filter((product) -> product.path("productId").stringValue().equals(TestCatalogue.DRILL.sku()))
			.findFirst()
			.orElseThrow();
		assertThat(drill.path("title").stringValue()).isEqualTo("Cordless drill 18V");
		assertThat(drill.path("price").path("amount").stringValue()).isEqualTo("89.99");
		assertThat(drill.path("price").path("currency").stringValue()).isEqualTo("EUR");
		assertThat(drill.has("onHand")).as("stock is a resource of its own").isFalse();
	}

	@Test
	void stockIsAResourceOfItsOwnTaggedPerPage() {
		HttpResponse<String> stock = LocalHttp.get(this.port, ShopCatalogueController.STOCK + "?size=500");
		String tag = stock.headers().firstValue("ETag").orElseThrow();

		assertThat(this.json.readTree(stock.body()).path("items").findValues("onHand")).isNotEmpty();
		assertThat(stock.body()).as("fields in one order, whatever the JVM")
			.contains("\"productId\":\"TEST-SCREWS\",\"onHand\":100");
		assertThat(LocalHttp.get(this.port, ShopCatalogueController.STOCK + "?size=500", "If-None-Match", tag)
			.statusCode()).isEqualTo(304);
		TestCatalogue.setStock(this.jdbc, TestCatalogue.SCREWS, 99);
		assertThat(LocalHttp.get(this.port, ShopCatalogueController.STOCK + "?size=500", "If-None-Match", tag)
			.statusCode()).isEqualTo(200);
		assertThat(LocalHttp.get(this.port, ShopCatalogueController.STOCK + "?size=501").statusCode()).isEqualTo(400);
	}

	@Test
	void anOrderIsTakenOnceByItsKey() throws Exception {
		String key = "order-" + reference();
		String order = order(reference(), TestCatalogue.SCREWS.sku(), 3);

		HttpResponse<String> first = post(ShopOrdersController.ORDERS, key, order);
		HttpResponse<String> repeat = post(ShopOrdersController.ORDERS, key, order);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(first.body()).path("status").stringValue()).isEqualTo("accepted");
		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.SCREWS)).isEqualTo(97);
		assertThat(
				post(ShopOrdersController.ORDERS, key, order(reference(), TestCatalogue.SCREWS.sku(), 4)).statusCode())
			.as("the key used for another order")
			.isEqualTo(422);
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.SCREWS)).isEqualTo(97);
	}

	@Test
	void whatCannotBeSuppliedIsAConflictWithAReason() throws Exception {
		HttpResponse<String> none = post(ShopOrdersController.ORDERS, "order-" + reference(),
				order(reference(), TestCatalogue.SAW.sku(), 1));
		HttpResponse<String> unreadable = post(ShopOrdersController.ORDERS, "order-" + reference(),
				"{\"reference\": \"x\", \"items\": []}");
		HttpResponse<String> keyless = post(ShopOrdersController.ORDERS, null,
				order(reference(), TestCatalogue.SCREWS.sku(), 1));

		assertThat(none.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(none.body()).path("reason").stringValue()).isEqualTo("only 0 left");
		assertThat(unreadable.statusCode()).isEqualTo(422);
		assertThat(keyless.statusCode()).isEqualTo(400);
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.SCREWS)).isEqualTo(100);
	}

	@Test
	void aCancellationPutsTheUnitsBackOnce() throws Exception {
		long reference = reference();
		assertThat(
				post(ShopOrdersController.ORDERS, "order-" + reference, order(reference, TestCatalogue.DRILL.sku(), 4))
					.statusCode())
			.isEqualTo(201);
		String cancellation = ShopOrdersController.ORDERS + "/" + reference + "/cancellation";

		HttpResponse<String> first = post(cancellation, "cancel-" + reference, "");
		HttpResponse<String> repeat = post(cancellation, "cancel-" + reference, "");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(first.body()).path("status").stringValue()).isEqualTo("cancelled");
		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.DRILL)).isEqualTo(10);
	}

	@Test
	void anOrderAfterItsCancellationIsRefused() throws Exception {
		long reference = reference();
		assertThat(post(ShopOrdersController.ORDERS + "/" + reference + "/cancellation", "cancel-" + reference, "")
			.statusCode()).isEqualTo(201);

		HttpResponse<String> order = post(ShopOrdersController.ORDERS, "order-" + reference,
				order(reference, TestCatalogue.DRILL.sku(), 1));

		assertThat(order.statusCode()).isEqualTo(409);
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.DRILL)).isEqualTo(10);
	}

	private static long reference() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 1000);
	}

	private static String order(long reference, String sku, int quantity) {
		return "{\"reference\": \"" + reference + "\", \"items\": [{\"productId\": \"" + sku + "\", \"quantity\": "
				+ quantity + "}]}";
	}

	private HttpResponse<String> post(String path, String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header(ShopOrdersController.IDEMPOTENCY_KEY, key);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
