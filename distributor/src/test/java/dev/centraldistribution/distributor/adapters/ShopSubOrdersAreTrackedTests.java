package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.LineVerdict;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.PurchaseAnswered;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.orders.OpenSubOrders;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's accepted sub-order is asked after until it is delivered: its shipment and its
 * delivery move our sub-order as a native manufacturer's reports do, each once however
 * often the shop says so; an unchanged status is asked with its tag; hostile answers and
 * a shop that is away change nothing and break nothing.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class ShopSubOrdersAreTrackedTests {

	private static final String SHIPPED = """
			{"reference": "%d", "status": "shipped", "shipment": {"carrier": "Parcelways", "trackingNumber": "PW-7"}}""";

	private static final String DELIVERED = """
			{"reference": "%d", "status": "delivered", "shipment": {"carrier": "Parcelways", "trackingNumber": "PW-7"}}""";

	@Autowired
	ShopTracker tracker;

	@Autowired
	OpenSubOrders openSubOrders;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	ShopStub shop = ShopStub.start();

	Manufacturer manufacturer;

	long subOrder;

	@BeforeEach
	void anAcceptedSubOrderOfAShop() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long id = offerings.manufacturer("shop", "Corner shop");
		String code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		this.manufacturer = this.registry
			.register(new ManufacturerRegistration(code, "Corner shop", this.shop.baseUrl(), null, AdapterKind.SHOP));
		String sku = offerings.sku("box");
		OfferingId box = offerings.offering(id, sku, "Storage box", 1_450, 5);
		CustomerId customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(customer);
		this.addToCart.add(customer, box, 2);
		OrderId order = ((CheckoutOutcome.Placed) this.placeOrder.place(customer,
				this.startCheckout.start(customer).token()))
			.order();
		this.subOrder = this.jdbc.sql("select id from sub_order where order_id = :order")
			.param("order", order.value())
			.query(Long.class)
			.single();
		this.events.publishEvent(new PurchaseAnswered("shop-answer-" + UUID.randomUUID(), this.subOrder, code,
				List.of(new LineVerdict(sku, true, null))));
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void aShipmentAndADeliveryMoveTheSubOrderOnceEach() {
		this.shop.answerTagged(status(), SHIPPED.formatted(this.subOrder), "\"s1\"");

		assertThat(track()).isEqualTo(1);
		assertThat(track()).as("asked again with the tag: unchanged").isZero();
		assertThat(statusRequests()).extracting(ShopStub.Request::ifNoneMatch).containsExactly(null, "\"s1\"");
		assertThat(statusOfTheSubOrder()).isEqualTo("SHIPPED");
		assertThat(this.jdbc.sql("select carrier || ' ' || tracking_number from sub_order where id = :id")
			.param("id", this.subOrder)
			.query(String.class)
			.single()).isEqualTo("Parcelways PW-7");

		this.shop.answerTagged(status(), DELIVERED.formatted(this.subOrder), "\"d1\"");
		track();
		this.shop.answer(status(), 200, DELIVERED.formatted(this.subOrder));
		track();

		assertThat(statusOfTheSubOrder()).isEqualTo("DELIVERED");
		assertThat(timeline()).containsExactly("ACCEPTED", "SHIPPED", "DELIVERED");
		int asked = statusRequests().size();
		track();
		assertThat(statusRequests()).as("a delivered sub-order is not asked after").hasSize(asked);
	}

	@Test
	void theSameStatusUntaggedIsAppliedOnce() {
		this.shop.answer(status(), 200, SHIPPED.formatted(this.subOrder));

		track();
		track();

		assertThat(timeline()).containsExactly("ACCEPTED", "SHIPPED");
	}

	@Test
	void hostileAnswersChangeNothing() {
		for (String answer : List.of("<html>Oops</html>", SHIPPED.formatted(this.subOrder + 1),
				"{\"reference\": \"" + this.subOrder + "\", \"status\": \"teleported\"}",
				"{\"reference\": \"" + this.subOrder + "\", \"status\": \"shipped\", \"shipment\": {\"carrier\": \""
						+ "x".repeat(ShopTracker.MAX_ANSWER_BYTES) + "\", \"trackingNumber\": \"PW\"}}")) {
			this.shop.answer(status(), 200, answer);
			assertThat(track()).as(answer).isZero();
		}
		this.shop.answer(status(), 503, "{}");
		assertThat(track()).isZero();

		assertThat(statusOfTheSubOrder()).isEqualTo("ACCEPTED");
	}

	@Test
	void aShopThatIsAwayIsAskedAgainNextTime() {
		this.registry.register(new ManufacturerRegistration(this.manufacturer.code(), "Corner shop",
				URI.create("http://127.0.0.1:1"), null, AdapterKind.SHOP));

		assertThat(track()).isZero();

		this.registry.register(new ManufacturerRegistration(this.manufacturer.code(), "Corner shop",
				this.shop.baseUrl(), null, AdapterKind.SHOP));
		this.shop.answer(status(), 200, SHIPPED.formatted(this.subOrder));
		assertThat(track()).isEqualTo(1);
		assertThat(statusOfTheSubOrder()).isEqualTo("SHIPPED");
	}

	private int track() {
		// Only this test's shop: other tests' manufacturers live in the same database.
		return this.tracker.trackOpenSubOrders(
				(code) -> code.equals(this.manufacturer.code()) ? this.openSubOrders.inTransit(code, 500) : List.of());
	}

	/** What the tracker asked: the relay also posts the order's purchase to the shop. */
	private List<ShopStub.Request> statusRequests() {
		return this.shop.received().stream().filter((request) -> request.pathAndQuery().equals(status())).toList();
	}

	private String status() {
		return ShopCourier.ORDERS + "/" + this.subOrder;
	}

	private String statusOfTheSubOrder() {
		return this.jdbc.sql("select status from sub_order where id = :id")
			.param("id", this.subOrder)
			.query(String.class)
			.single();
	}

	private List<String> timeline() {
		return this.jdbc.sql("select event from sub_order_event where sub_order_id = :id order by id")
			.param("id", this.subOrder)
			.query(String.class)
			.list();
	}

}
