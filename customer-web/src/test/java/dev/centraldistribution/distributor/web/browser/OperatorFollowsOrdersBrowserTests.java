package dev.centraldistribution.distributor.web.browser;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.confirmations.AcknowledgeSubOrder;
import dev.centraldistribution.distributor.confirmations.ManufacturerAnswer;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.payments.CardFixtures;
import dev.centraldistribution.distributor.payments.CardVault;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator follows orders in the console: from the overview's "waiting for
 * manufacturers" to the orders waiting, a customer's orders found by e-mail address and
 * narrowed by status, one order with its part, its purchase confirmation and the
 * manufacturer's acknowledgement; the list and the order fit a phone's width (screenshots
 * at 390 and 1366 px in {@code target/browser-screenshots/}).
 */
@BrowserTest
class OperatorFollowsOrdersBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CardVault cards;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	AcknowledgeSubOrder acknowledge;

	String code;

	Customer customer;

	OrderId confirmed;

	OrderId waiting;

	@BeforeEach
	void aCustomerWithAConfirmedAndAWaitingOrder() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("follow", "Followed Tools");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
		String sku = offerings.sku("drill");
		OfferingId drill = offerings.offering(manufacturer, sku, "Cordless drill", 12_000, 50);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada Follow");
		new CardFixtures(this.cards).approving(this.customer.id());
		this.confirmed = buy(drill, 2);
		this.waiting = buy(drill, 1);
		SubOrderId part = new SubOrderId(this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", this.confirmed.value())
			.query(Long.class)
			.single());
		this.acknowledge.apply(
				new ManufacturerAnswer("ack-" + part, part, this.code, List.of(new LineAnswer(sku, true, null))),
				Instant.now());
	}

	@Test
	void theOperatorFindsACustomersOrdersAndFollowsOneToItsMessages(Shop shop) {
		ConsoleOverviewPage overview = shop.signIn()
			.signIn(Operators.EMAIL, Operators.PASSWORD, ConsoleOverviewPage::new);
		ConsoleOrdersPage waitingOrders = overview.waitingOrders();
		assertThat(waitingOrders.status()).isEqualTo("Placed");
		assertThat(waitingOrders.orders()).contains(this.waiting.value()).doesNotContain(this.confirmed.value());

		ConsoleOrdersPage theirs = waitingOrders.show("All", this.customer.email());
		assertThat(theirs.orders()).containsExactly(this.waiting.value(), this.confirmed.value());
		assertThat(theirs.statusOf(this.confirmed.value())).isEqualTo("Confirmed");
		assertThat(theirs.screenshot("console-orders", 390)).isZero();
		assertThat(theirs.screenshot("console-orders", 1366)).isZero();

		ConsoleOrdersPage confirmedOnly = theirs.show("Confirmed", this.customer.email());
		assertThat(confirmedOnly.orders()).containsExactly(this.confirmed.value());

		ConsoleOrderPage order = confirmedOnly.open(this.confirmed.value());
		assertThat(order.heading()).isEqualTo("Order #" + this.confirmed);
		assertThat(order.customer()).isEqualTo(this.customer.email());
		assertThat(order.parts()).containsExactly("Followed Tools");
		assertThat(order.statusOf(this.code)).isEqualTo("Confirmed");
		// The fixture's manufacturer has no queue: its purchase comes back unroutable and
		// waits.
		assertThat(order.purchaseOf(this.code)).matches("Queued|Retrying \\(\\d+ failed\\)|Confirmed by the broker");
		assertThat(order.acknowledgementOf(this.code)).startsWith("received ").contains("ack-");
		assertThat(order.screenshot("console-order", 390)).isZero();
		assertThat(order.screenshot("console-order", 1366)).isZero();
	}

	private OrderId buy(OfferingId offering, int quantity) {
		this.addToCart.add(this.customer.id(), offering, quantity);
		CheckoutOutcome outcome = this.placeOrder.place(this.customer.id(),
				this.startCheckout.start(this.customer.id()).token());
		assertThat(outcome).isInstanceOf(CheckoutOutcome.Placed.class);
		return ((CheckoutOutcome.Placed) outcome).order();
	}

}
