package dev.centraldistribution.distributor.web.browser;

import java.sql.Timestamp;
import java.time.Instant;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.payments.CardFixtures;
import dev.centraldistribution.distributor.payments.CardVault;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator finds a purchase given up as a dead letter on its order's page and sends
 * it again; the page fits a phone's width before and after (screenshots at 390 and 1366
 * px in {@code target/browser-screenshots/}).
 */
@BrowserTest
class OperatorSendsADeadLetterAgainBrowserTests {

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

	String code;

	OrderId order;

	@BeforeEach
	void anOrderWhosePurchaseWasGivenUp() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("dead", "Corner shop");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
		OfferingId box = offerings.offering(manufacturer, offerings.sku("box"), "Storage box", 1_450, 50);
		Customer customer = new CustomerFixtures(this.jdbc).customer("Ada Dead");
		new CardFixtures(this.cards).approving(customer.id());
		this.addToCart.add(customer.id(), box, 2);
		CheckoutOutcome outcome = this.placeOrder.place(customer.id(), this.startCheckout.start(customer.id()).token());
		this.order = ((CheckoutOutcome.Placed) outcome).order();
		this.jdbc.sql("""
				update outbox_message set dead_since = :now, attempts = 20,
				       last_error = 'HTTP status 503 (the shop answered: {"error": "maintenance"})'
				where message_id in (select 'purchase-' || id from sub_order where order_id = :order)""")
			.param("now", Timestamp.from(Instant.now()))
			.param("order", this.order.value())
			.update();
	}

	@Test
	void theOperatorSendsTheDeadLetterAgain(Shop shop) {
		shop.signIn().signIn(Operators.EMAIL, Operators.PASSWORD, ConsoleOverviewPage::new);
		shop.open("/admin/orders/" + this.order);
		ConsoleOrderPage page = new ConsoleOrderPage(shop);
		assertThat(page.purchaseOf(this.code)).startsWith("Dead letter: given up after");
		assertThat(page.screenshot("console-order-dead-letter", 390)).isZero();
		assertThat(page.screenshot("console-order-dead-letter", 1366)).isZero();

		ConsoleOrderPage after = page.sendPurchaseAgain(this.code);

		assertThat(after.notice()).contains("is queued again");
		assertThat(after.purchaseOf(this.code)).matches("Queued|Retrying \\(\\d+ failed\\)|Confirmed by the broker");
		assertThat(after.screenshot("console-order-sent-again", 390)).isZero();
		assertThat(after.screenshot("console-order-sent-again", 1366)).isZero();
	}

}
