package dev.centraldistribution.distributor.web.orders;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutMode;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import dev.centraldistribution.distributor.orders.EventOutcome;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.cart.Shoppers;
import dev.centraldistribution.distributor.web.cart.Shoppers.Shopper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class OrderPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	MoveSubOrder move;

	@Autowired
	AnswerSubOrder answer;

	Shoppers shoppers;

	OfferingId drill;

	OfferingId glue;

	OfferingId script;

	@BeforeEach
	void shop() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.shoppers = new Shoppers(this.jdbc, this.payments);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		long evil = offerings.manufacturer("evil", "<b>Evil</b> Corp");
		this.drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 50);
		this.glue = offerings.offering(acme, offerings.sku("glue"), "Glue", 350, 50);
		this.script = offerings.offering(evil, offerings.sku("xss"), "<script>alert(1)</script>", 100, 50);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void listsTheCustomersOwnOrdersNewestFirstWithManufacturerNamesAmountsAndStatus() throws Exception {
		Shopper ada = this.shoppers.withCard("Ada");
		Shopper bob = this.shoppers.withCard("Bob");
		OrderId older = buy(ada, this.drill, 2);
		OrderId newer = buy(ada, this.glue, 3);
		OrderId bobs = buy(bob, this.drill, 1);

		String page = this.mvc.get().uri("/orders").with(ada.signedIn()).exchange().getResponse().getContentAsString();

		assertThat(page).contains("Acme Tools", "Drill", "Glue", "€240.00", "€10.50", "€3.50", "Placed")
			.doesNotContain("data-order-id=\"" + bobs + "\"");
		assertThat(page.indexOf("data-order-id=\"" + newer + "\"")).isPositive()
			.isLessThan(page.indexOf("data-order-id=\"" + older + "\""));
		assertThat(page).doesNotContainPattern("manufacturer[^>]*>\\s*\\d+\\s*<");
	}

	@Test
	void showsOneOrderOfTheCustomerAndNoOtherOrder() {
		Shopper ada = this.shoppers.withCard("Ada");
		Shopper mallory = this.shoppers.withCard("Mallory");
		OrderId adas = buy(ada, this.drill, 1);

		assertThat(this.mvc.get().uri("/orders/{id}", adas).with(ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Order " + adas, "Acme Tools", "€120.00");
		assertThat(this.mvc.get().uri("/orders/{id}", adas).with(mallory.signedIn())).hasStatus(404)
			.bodyText()
			.doesNotContain("Acme Tools");
		for (String garbage : List.of("0", "-1", "abc", "1.5", "99999999999999999999", String.valueOf(Long.MAX_VALUE),
				"٣", "<script>alert(1)</script>", "' or 1=1 --", "x".repeat(5_000))) {
			assertThat(this.mvc.get().uri("/orders/{id}", garbage).with(mallory.signedIn())).as(garbage).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/orders/1;drop").with(mallory.signedIn())).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/orders/{id}", adas)).hasStatus3xxRedirection();
	}

	@Test
	void pagesThroughOrdersWhateverThePageParameterSays() {
		Shopper ada = this.shoppers.withCard("Ada");
		buy(ada, this.drill, 1);
		for (String page : List.of("", "abc", "-1", "0", "99999999999999999999", "7", "<script>", "٣")) {
			assertThat(this.mvc.get().uri("/orders").param("page", page).with(ada.signedIn())).as(page)
				.hasStatusOk()
				.bodyText()
				.contains("Drill");
		}
		assertThat(this.mvc.get().uri("/orders").with(this.shoppers.withCard("New").signedIn())).hasStatusOk()
			.bodyText()
			.contains("You have not ordered anything yet.");
	}

	@Test
	void escapesNamesFromManufacturers() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId order = buy(ada, this.script, 1);

		assertThat(this.mvc.get().uri("/orders").with(ada.signedIn())).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Evil&lt;/b&gt; Corp")
			.doesNotContain("<script>alert(1)</script>", "<b>Evil</b>");
		assertThat(this.mvc.get().uri("/orders/{id}", order).with(ada.signedIn())).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void showsRejectedLinesWithTheEscapedReasonAndSubOrdersWaitingPastTheDeadline() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId rejected = buy(ada, this.glue, 1);
		OrderId waiting = buy(ada, this.drill, 1);
		this.jdbc.sql("""
				update order_line set accepted = false, rejection_reason = '<b>only 0 left</b>', refund_due = true,
				                      refunded_at = current_timestamp
				where order_id = :id""").param("id", rejected.value()).update();
		this.jdbc.sql("update sub_order set status = 'REJECTED' where order_id = :id")
			.param("id", rejected.value())
			.update();
		this.clock.advance(Duration.ofHours(1));

		assertThat(this.mvc.get().uri("/orders/{id}", rejected).with(ada.signedIn())).bodyText()
			.contains("rejected — refunded", "&lt;b&gt;only 0 left&lt;/b&gt;")
			.doesNotContain("<b>only 0 left</b>", "waiting for the manufacturer");
		assertThat(this.mvc.get().uri("/orders/{id}", waiting).with(ada.signedIn())).bodyText()
			.contains("waiting for the manufacturer since")
			.doesNotContain("rejected —");
	}

	@Test
	void eachPartShowsItsTimelineWithTrackingAndItsCardCanBeFetchedAgain() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId order = buy(ada, this.drill, 1);
		SubOrderId subOrder = subOrderOf(order);
		String acme = manufacturerOf(subOrder);
		this.answer.answer(subOrder, acme, List.of(new LineAnswer(sku(order), true, null)));
		report(subOrder, acme, SubOrderEvent.SHIPPED, new Shipment("Parcelways", "ACME-" + subOrder.value()));

		assertThat(this.mvc.get().uri("/orders/{id}", order).with(ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("data-step=\"PLACED\"", "data-step=\"CONFIRMED\"", "data-step=\"SHIPPED\"",
					"Parcelways ACME-" + subOrder.value(), "Shipped", "data-card-url=\"/orders/" + order + "/card\"",
					"data-updates-url=\"/orders/updates\"", "/js/order-updates-")
			.doesNotContain("hx-trigger")
			.doesNotContain("data-step=\"DELIVERED\"");
		assertThat(this.mvc.get().uri("/orders/{id}/card", order).with(ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("data-order-id=\"" + order + "\"", "data-step=\"SHIPPED\"")
			.doesNotContain("<html", "<nav");

		report(subOrder, acme, SubOrderEvent.DELIVERED, null);

		assertThat(this.mvc.get().uri("/orders/{id}/card", order).with(ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("data-step=\"DELIVERED\"", "Delivered");
		assertThat(this.mvc.get().uri("/orders/{id}/card", order).with(this.shoppers.withCard("Mallory").signedIn()))
			.hasStatus(404);
	}

	@Test
	void theHistoryShowsOrdersInOneStatusAndAllForNonsense() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId shipped = buy(ada, this.drill, 1);
		OrderId placed = buy(ada, this.glue, 1);
		SubOrderId subOrder = subOrderOf(shipped);
		report(subOrder, manufacturerOf(subOrder), SubOrderEvent.SHIPPED, new Shipment("Parcelways", "X-1"));

		assertThat(this.mvc.get().uri("/orders").param("status", "SHIPPED").with(ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("data-order-id=\"" + shipped + "\"", "aria-current=\"page\"")
			.doesNotContain("data-order-id=\"" + placed + "\"");
		assertThat(this.mvc.get().uri("/orders").param("status", "DELIVERED").with(ada.signedIn())).bodyText()
			.contains("No order of yours is")
			.doesNotContain("data-order-id=");
		for (String nonsense : List.of("", "shipped", "<script>", "PLACED' or 1=1")) {
			assertThat(this.mvc.get().uri("/orders").param("status", nonsense).with(ada.signedIn())).as(nonsense)
				.hasStatusOk()
				.bodyText()
				.contains("data-order-id=\"" + shipped + "\"", "data-order-id=\"" + placed + "\"");
		}
	}

	@Test
	void aCustomerCancelsAPartUntilItShipsOnceAndOnlyTheirOwn() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId order = buy(ada, this.drill, 1);
		SubOrderId subOrder = subOrderOf(order);

		assertThat(this.mvc.get().uri("/orders/{id}", order).with(ada.signedIn())).bodyText()
			.contains("/orders/" + order + "/cancel?part=" + subOrder.value(), "Cancel the order");
		assertThat(this.mvc.post()
			.uri("/orders/{id}/cancel", order)
			.param("part", String.valueOf(subOrder.value()))
			.with(this.shoppers.withCard("Mallory").signedIn())
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/orders/{id}/cancel", order)
			.param("part", String.valueOf(subOrder.value()))
			.with(ada.signedIn())
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice",
					"Cancellation requested. The manufacturer confirms it shortly; your refund follows.");
		assertThat(this.mvc.post().uri("/orders/{id}/cancel", order).with(ada.signedIn()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "You asked to cancel this already.");

		assertThat(this.jdbc.sql("select count(*) from outbox_message where message_id = :id")
			.param("id", "cancellation-" + subOrder.value())
			.query(Long.class)
			.single()).isOne();
		assertThat(this.mvc.get().uri("/orders/{id}", order).with(ada.signedIn())).bodyText()
			.contains("data-step=\"CANCEL_REQUESTED\"", "Cancel requested")
			.doesNotContain("/cancel?part=");
	}

	@Test
	void aShippedPartCannotBeCancelled() {
		Shopper ada = this.shoppers.withCard("Ada");
		OrderId order = buy(ada, this.drill, 1);
		SubOrderId subOrder = subOrderOf(order);
		report(subOrder, manufacturerOf(subOrder), SubOrderEvent.SHIPPED, new Shipment("Parcelways", "X-2"));

		assertThat(this.mvc.get().uri("/orders/{id}", order).with(ada.signedIn())).bodyText().doesNotContain("/cancel");
		assertThat(this.mvc.post().uri("/orders/{id}/cancel", order).with(ada.signedIn()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("cancelTooLate", "Too late to cancel: it has shipped already.");
		assertThat(this.mvc.get()
			.uri("/orders/{id}", order)
			.with(ada.signedIn())
			.flashAttr("cancelTooLate", "Too late to cancel: it has shipped already.")).bodyText()
			.contains("Too late to cancel: it has shipped already.");
	}

	private void report(SubOrderId subOrder, String manufacturer, SubOrderEvent event, Shipment shipment) {
		assertThat(this.move
			.apply(new SubOrderMessage(UUID.randomUUID().toString(), subOrder, manufacturer, event, shipment)))
			.isInstanceOf(EventOutcome.Applied.class);
	}

	private SubOrderId subOrderOf(OrderId order) {
		return new SubOrderId(this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", order.value())
			.query(Long.class)
			.single());
	}

	private String manufacturerOf(SubOrderId subOrder) {
		return this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
			.param("id", subOrder.value())
			.query(String.class)
			.single();
	}

	private String sku(OrderId order) {
		return this.jdbc.sql("select sku from order_line where order_id = :id")
			.param("id", order.value())
			.query(String.class)
			.single();
	}

	private OrderId buy(Shopper shopper, OfferingId offering, int quantity) {
		this.addToCart.add(shopper.id(), offering, quantity);
		CheckoutOutcome outcome = this.placeOrder.place(shopper.id(), this.startCheckout.start(shopper.id()).token());
		assertThat(outcome).isInstanceOf(CheckoutOutcome.Placed.class);
		return ((CheckoutOutcome.Placed) outcome).order();
	}

}
