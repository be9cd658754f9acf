package dev.centraldistribution.distributor.web.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.TestClock;
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
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.RequestCancellation;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
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

/**
 * The console's orders: every customer's orders by status, past the deadline, by number
 * or by the customer's e-mail address, a page at a time; one order with its parts and the
 * messages about each. The operator's only; read-only. Each test looks up its own
 * customer's orders, as the database is shared with other tests.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class OrdersConsoleTests {

	static final Pattern ORDER_ROW = Pattern.compile("class=\"order-row\" data-order-id=\"(\\d+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

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
	AcknowledgeSubOrder acknowledge;

	@Autowired
	RequestCancellation cancellation;

	Browser operator;

	OfferingId drill;

	OfferingId saw;

	@BeforeEach
	void twoManufacturers() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		long globex = offerings.manufacturer("globex", "Globex");
		this.drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 500);
		this.saw = offerings.offering(globex, offerings.sku("saw"), "Saw", 3_000, 500);
		this.operator = Operators.signedIn(this.mvc);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void listsACustomersOrdersNewestFirstWithStatusPartsAndTotal() {
		Customer ada = customer("Ada");
		OrderId older = buy(ada, this.drill, 1);
		OrderId newer = buy(ada, this.drill, 2, this.saw, 1);
		buy(customer("Bob"), this.drill, 1);

		String page = page("/admin/orders?q=" + ada.email());

		assertThat(orderIds(page)).containsExactly(newer.value(), older.value());
		assertThat(page).contains(ada.email(), "Acme Tools", "Globex", "Placed", "status-placed", "€270.00", "€120.00",
				"href=\"/admin/orders/" + newer + "\"");
	}

	@Test
	void theEmailAddressIsFoundInAnyCaseAndAnUnknownOneIsSaidSo() {
		Customer ada = customer("Ada");
		OrderId order = buy(ada, this.drill, 1);

		assertThat(orderIds(page("/admin/orders?q=" + ada.email().toUpperCase()))).containsExactly(order.value());
		assertThat(page("/admin/orders?q=nobody-" + ada.email())).contains("No customer has the e-mail address");
		assertThat(page("/admin/orders?q=drill")).contains("Type an order number, or a customer");
	}

	@Test
	void anOrderNumberLeadsToItsOrderAndAMissingOneIsSaidSo() {
		OrderId order = buy(customer("Ada"), this.drill, 1);

		assertThat(this.operator.get("/admin/orders?q=" + order)).hasRedirectedUrl("/admin/orders/" + order);
		assertThat(page("/admin/orders?q=99999999999")).contains("No order has the number 99999999999.");
	}

	@Test
	void filtersByStatusAndByTheAcknowledgementDeadline() {
		Customer ada = customer("Ada");
		OrderId confirmed = buy(ada, this.drill, 1);
		OrderId rejected = buy(ada, this.drill, 1);
		OrderId waiting = buy(ada, this.saw, 1);
		answer(confirmed, true);
		answer(rejected, false);
		String mine = "&q=" + ada.email();

		assertThat(orderIds(page("/admin/orders?status=CONFIRMED" + mine))).containsExactly(confirmed.value());
		assertThat(orderIds(page("/admin/orders?status=REJECTED" + mine))).containsExactly(rejected.value());
		assertThat(orderIds(page("/admin/orders?status=PLACED" + mine))).containsExactly(waiting.value());
		assertThat(orderIds(page("/admin/orders?status=OVERDUE" + mine))).isEmpty();

		this.clock.advance(Duration.ofMinutes(5));

		String overdue = page("/admin/orders?status=OVERDUE" + mine);
		assertThat(orderIds(overdue)).containsExactly(waiting.value());
		assertThat(overdue).contains("past the deadline");
		assertThat(orderIds(page("/admin/orders?status=nonsense" + mine))).hasSize(3);
	}

	@Test
	void pagesThroughTheOrdersTwentyFiveAtATime() {
		Customer ada = customer("Ada");
		for (int i = 0; i < ConsoleOrdersController.PAGE_SIZE + 1; i++) {
			buy(ada, this.saw, 1);
		}

		String first = page("/admin/orders?q=" + ada.email());
		String second = page("/admin/orders?page=2&q=" + ada.email());

		assertThat(orderIds(first)).hasSize(ConsoleOrdersController.PAGE_SIZE);
		assertThat(first).contains("Page 1", "rel=\"next\" href=\"/admin/orders?status=&amp;q=");
		assertThat(orderIds(second)).hasSize(1).doesNotContainAnyElementsOf(orderIds(first));
		for (String nonsense : List.of("abc", "-1", "0", "99999999999999999999", "٣")) {
			assertThat(this.operator.get("/admin/orders?page=" + nonsense)).as(nonsense).hasStatusOk();
		}
	}

	@Test
	void anOrdersPageShowsEachPartWithItsLinesTimelineAndMessages() {
		Customer ada = customer("Ada");
		OrderId order = buy(ada, this.drill, 2, this.saw, 1);
		List<SubOrderId> parts = subOrdersOf(order);
		answer(parts.get(0), true);
		this.cancellation.request(ada.id(), order, parts.get(1));

		String page = page("/admin/orders/" + order);

		assertThat(page).contains("Order #" + order, ada.email(), "Acme Tools", "Globex", "Drill", "Saw", "€270.00",
				"Timeline", "Placed", "Confirmed", "Cancellation requested", "purchase-" + parts.get(0),
				"purchase-" + parts.get(1), "cancellation-" + parts.get(1), "ack-" + parts.get(0), "received ");
		assertThat(page).containsPattern("purchase-" + parts.get(0)
				+ "</code>\\s*<span class=\"fw-bold stage\">(Queued|Confirmed by the broker|Retrying \\(\\d+ failed\\))");
		assertThat(page).doesNotContain("cancellation-" + parts.get(0));
	}

	@Test
	void aMissingOrderIsNotFound() {
		for (String id : List.of("0", "-1", "abc", "99999999999", "99999999999999999999999")) {
			assertThat(this.operator.get("/admin/orders/" + id)).as(id).hasStatus(404);
		}
	}

	@Test
	void escapesWhatCustomersAndManufacturersWrote() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long evil = offerings.manufacturer("evil", "<b>Evil</b> Corp");
		OfferingId script = offerings.offering(evil, offerings.sku("xss"), "<script>alert(1)</script>", 100, 5);
		OrderId order = buy(customer("<i>Ada</i>"), script, 1);

		assertThat(page("/admin/orders/" + order)).contains("&lt;b&gt;Evil&lt;/b&gt; Corp", "&lt;script&gt;alert(1)")
			.doesNotContain("<b>Evil</b>", "<script>alert(1)");
	}

	@Test
	void theConsoleLinksToTheOrdersAndTheOverviewsWaitingFiguresToo() {
		assertThat(page("/admin")).contains("href=\"/admin/orders\"", "href=\"/admin/orders?status=PLACED\"",
				"href=\"/admin/orders?status=OVERDUE\"");
		assertThat(page("/admin/stock")).contains("href=\"/admin/orders\"");
	}

	@Test
	void customersGet403AndAnonymousVisitorsSignIn() {
		OrderId order = buy(customer("Ada"), this.drill, 1);
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());
		Browser anonymous = new Browser(this.mvc, Addresses.unique());

		for (String page : List.of("/admin/orders", "/admin/orders?status=PLACED", "/admin/orders/" + order)) {
			assertThat(customer.get(page)).as(page).hasStatus(403);
			assertThat(anonymous.get(page)).as(page).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		}
	}

	@Test
	void thePagesChangeNothingSoTheirOnlyPostFormIsSigningOutAndAPostIsRefused() {
		OrderId order = buy(customer("Ada"), this.drill, 1);

		for (String page : List.of("/admin/orders", "/admin/orders/" + order)) {
			Matcher form = Pattern.compile("<form[^>]*>").matcher(page(page));
			List<String> forms = new ArrayList<>();
			while (form.find()) {
				forms.add(form.group());
			}
			assertThat(forms).as(page)
				.isNotEmpty()
				.allSatisfy((tag) -> assertThat(tag).containsAnyOf("method=\"get\"", "action=\"/logout\""));
			assertThat(this.operator.postWithoutCsrfToken(page)).as(page).hasStatus(403);
		}
	}

	private String page(String uri) {
		return Browser.page(this.operator.get(uri));
	}

	private static List<Long> orderIds(String page) {
		Matcher row = ORDER_ROW.matcher(page);
		List<Long> ids = new ArrayList<>();
		while (row.find()) {
			ids.add(Long.parseLong(row.group(1)));
		}
		return ids;
	}

	private Customer customer(String name) {
		Customer customer = new CustomerFixtures(this.jdbc).customer(name);
		this.payments.giveCard(customer.id());
		return customer;
	}

	private OrderId buy(Customer customer, OfferingId offering, int quantity) {
		this.addToCart.add(customer.id(), offering, quantity);
		return checkOut(customer);
	}

	private OrderId buy(Customer customer, OfferingId one, int quantity, OfferingId other, int otherQuantity) {
		this.addToCart.add(customer.id(), one, quantity);
		this.addToCart.add(customer.id(), other, otherQuantity);
		return checkOut(customer);
	}

	private OrderId checkOut(Customer customer) {
		CheckoutOutcome outcome = this.placeOrder.place(customer.id(), this.startCheckout.start(customer.id()).token());
		assertThat(outcome).isInstanceOf(CheckoutOutcome.Placed.class);
		return ((CheckoutOutcome.Placed) outcome).order();
	}

	private void answer(OrderId order, boolean accepted) {
		answer(subOrdersOf(order).get(0), accepted);
	}

	private void answer(SubOrderId subOrder, boolean accepted) {
		String code = this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
			.param("id", subOrder.value())
			.query(String.class)
			.single();
		List<LineAnswer> lines = this.jdbc.sql("select sku from order_line where sub_order_id = :id")
			.param("id", subOrder.value())
			.query(String.class)
			.list()
			.stream()
			.map((sku) -> new LineAnswer(sku, accepted, accepted ? null : "none left"))
			.toList();
		this.acknowledge.apply(new ManufacturerAnswer("ack-" + subOrder, subOrder, code, lines), this.clock.instant());
	}

	private List<SubOrderId> subOrdersOf(OrderId order) {
		return this.jdbc.sql("select id from sub_order where order_id = :id order by manufacturer_name")
			.param("id", order.value())
			.query(Long.class)
			.list()
			.stream()
			.map(SubOrderId::new)
			.toList();
	}

}
