package dev.centraldistribution.distributor.web.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead letter shows on its order's page with a "Send again" button: the operator's POST
 * (with its CSRF token) puts it back in the outbox's queue and is logged with the
 * operator's e-mail address; a customer, a POST without the token, and a message of
 * another order are refused.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DeadLettersConsoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	Browser operator;

	OrderId order;

	String purchase;

	@BeforeEach
	void anOrderWhosePurchaseWasGivenUp() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		OfferingId drill = offerings.offering(offerings.manufacturer("shop", "Corner shop"), offerings.sku("drill"),
				"Drill", 12_000, 50);
		this.order = buy(drill);
		this.purchase = "purchase-" + this.jdbc.sql("select id from sub_order where order_id = :order")
			.param("order", this.order.value())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update outbox_message set dead_since = :now, attempts = 20, last_error = 'HTTP status 503'
				where message_id = :id""")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", this.purchase)
			.update();
		this.operator = Operators.signedIn(this.mvc);
	}

	@Test
	void theOrdersPageShowsTheDeadLetterWithASendAgainButton() {
		String page = Browser.page(this.operator.get(orderPage()));

		// The relay may have counted one more failed attempt of its own meanwhile.
		assertThat(page).containsPattern("Dead letter: given up after 2[01] failed attempts")
			.contains("last failure: ", "action=\"" + sendAgain(this.purchase) + "\"", "name=\"_csrf\"", "Send again");
	}

	@Test
	void theOperatorSendsItAgainAndItIsLogged(CapturedOutput output) {
		assertThat(this.operator.post(sendAgain(this.purchase))).hasStatus3xxRedirection()
			.hasRedirectedUrl(orderPage())
			.flash()
			.containsKey("messageNotice");

		assertThat(deadSince()).as("queued again").isNull();
		assertThat(output).contains("Operator " + Operators.EMAIL + " sent dead letter " + this.purchase + " again");
		assertThat(Browser.page(this.operator.get(orderPage()))).doesNotContain("Send again");
		assertThat(this.operator.post(sendAgain(this.purchase))).as("no longer a dead letter")
			.flash()
			.containsKey("messageProblem");
	}

	@Test
	void aCustomerAPostWithoutTheTokenAndAnotherOrdersMessageAreRefused() {
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());

		assertThat(customer.post(sendAgain(this.purchase))).hasStatus(403);
		assertThat(this.operator.post(sendAgain("purchase-" + Long.MAX_VALUE))).as("not a message of this order")
			.hasStatus(404);
		assertThat(this.operator.post("/admin/orders/0/messages/" + this.purchase + "/send-again")).hasStatus(404);
		assertThat(this.operator.postWithoutCsrfToken(sendAgain(this.purchase))).hasStatus(403);

		assertThat(deadSince()).as("still a dead letter").isNotNull();
	}

	private Object deadSince() {
		return this.jdbc.sql("select dead_since from outbox_message where message_id = :id")
			.param("id", this.purchase)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1)))
			.single()
			.orElse(null);
	}

	private String orderPage() {
		return ConsoleOrdersController.PAGE + "/" + this.order;
	}

	private String sendAgain(String messageId) {
		return orderPage() + "/messages/" + messageId + "/send-again";
	}

	private OrderId buy(OfferingId offering) {
		Customer customer = new CustomerFixtures(this.jdbc).customer("Ada");
		this.payments.giveCard(customer.id());
		this.addToCart.add(customer.id(), offering, 1);
		CheckoutOutcome outcome = this.placeOrder.place(customer.id(), this.startCheckout.start(customer.id()).token());
		return ((CheckoutOutcome.Placed) outcome).order();
	}

}
