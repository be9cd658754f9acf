package dev.centraldistribution.distributor.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.RequestCancellation;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An open order page and an open order history follow the order's status through the
 * stream {@code /orders/updates}, without a reload (a mark set on the page survives), at
 * a phone's width and a desktop's; screenshots {@code order-live-*-390.png} and
 * {@code -1366.png} in {@code target/browser-screenshots/}.
 */
@BrowserTest
class OrderStatusLiveBrowserTests {

	private static final Duration PATIENCE = Shop.PATIENCE.multipliedBy(3);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	AnswerSubOrder answer;

	@Autowired
	MoveSubOrder move;

	@Autowired
	RequestCancellation cancellation;

	@Test
	void theOrderPageFollowsItsOrderConfirmedThenShipped(Shop shop) throws Exception {
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD);
		for (Dimension size : PageCheck.SIZES) {
			shop.browser().manage().window().setSize(size);
			Bought order = buy(ada);
			shop.open("/orders/" + order.id());
			new OrderPage(shop);
			awaitStreamOpen(shop);
			mark(shop);

			this.answer.answer(order.part(), order.manufacturer(), List.of(new LineAnswer(order.sku(), true, null)));
			awaitStatus(shop, order.id(), "CONFIRMED");
			screenshot(shop, "order-live-confirmed", size);

			report(order, SubOrderEvent.SHIPPED, new Shipment("Parcelways", "PW-" + order.part().value()));
			awaitStatus(shop, order.id(), "SHIPPED");
			assertThat(shop.find(By.cssSelector(".timeline .tracking")).getText())
				.isEqualTo("Parcelways PW-" + order.part().value());
			assertThat(marked(shop)).as("the same page, never reloaded").isTrue();
			assertThat(overflow(shop)).as("fits the window").isZero();
			screenshot(shop, "order-live-shipped", size);
		}
	}

	@Test
	void theHistoryFollowsEachOrderCancelledOrConfirmed(Shop shop) throws Exception {
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD);
		for (Dimension size : PageCheck.SIZES) {
			shop.browser().manage().window().setSize(size);
			Bought cancelled = buy(ada);
			Bought confirmed = buy(ada);
			shop.orders();
			awaitStreamOpen(shop);
			mark(shop);

			this.cancellation.request(ada.id(), cancelled.id(), null);
			awaitStatus(shop, cancelled.id(), "CANCEL_REQUESTED");
			report(cancelled, SubOrderEvent.CANCEL_CONFIRMED, null);
			this.answer.answer(confirmed.part(), confirmed.manufacturer(),
					List.of(new LineAnswer(confirmed.sku(), true, null)));

			awaitStatus(shop, cancelled.id(), "CANCELLED");
			awaitStatus(shop, confirmed.id(), "CONFIRMED");
			assertThat(marked(shop)).as("the same page, never reloaded").isTrue();
			assertThat(overflow(shop)).as("fits the window").isZero();
			screenshot(shop, "order-live-history", size);
		}
	}

	@Test
	void anotherCustomersChangeNeverReachesThePage(Shop shop) throws Exception {
		Accounts accounts = new Accounts(this.signUp, this.vault);
		Customer ada = accounts.withCard("Ada");
		Customer bob = accounts.withCard("Bob");
		Bought adas = buy(ada);
		Bought bobs = buy(bob);
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD);
		shop.orders();
		awaitStreamOpen(shop);
		((JavascriptExecutor) shop.browser()).executeScript("""
				window.heardOrders = [];
				new EventSource('/orders/updates').addEventListener('order', function (e) {
				  window.heardOrders.push(e.data);
				});""");

		this.answer.answer(bobs.part(), bobs.manufacturer(), List.of(new LineAnswer(bobs.sku(), true, null)));
		this.answer.answer(adas.part(), adas.manufacturer(), List.of(new LineAnswer(adas.sku(), true, null)));

		awaitStatus(shop, adas.id(), "CONFIRMED");
		await().atMost(PATIENCE).until(() -> heard(shop).contains(String.valueOf(adas.id().value())));
		assertThat(heard(shop)).as("Ada hears of her order only").doesNotContain(String.valueOf(bobs.id().value()));
	}

	private Bought buy(Customer customer) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("lamp");
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId offering = offerings.offering(acme, sku, "Desk lamp " + sku, 4_500, 10);
		this.addToCart.add(customer.id(), offering, 1);
		CheckoutOutcome outcome = this.placeOrder.place(customer.id(), this.startCheckout.start(customer.id()).token());
		OrderId order = ((CheckoutOutcome.Placed) outcome).order();
		SubOrderId part = new SubOrderId(this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", order.value())
			.query(Long.class)
			.single());
		String manufacturer = this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
			.param("id", part.value())
			.query(String.class)
			.single();
		return new Bought(order, part, manufacturer, sku);
	}

	private void report(Bought order, SubOrderEvent event, Shipment shipment) {
		this.move.apply(
				new SubOrderMessage(UUID.randomUUID().toString(), order.part(), order.manufacturer(), event, shipment));
	}

	private static void awaitStreamOpen(Shop shop) {
		await().atMost(PATIENCE)
			.ignoreExceptions()
			.until(() -> "open".equals(shop.find(By.id("order-cards")).getAttribute("data-live")));
	}

	private static void awaitStatus(Shop shop, OrderId order, String status) {
		await("order " + order + " shown " + status).atMost(PATIENCE)
			.ignoreExceptions()
			.until(() -> status.equals(
					shop.find(By.cssSelector("section.order[data-order-id='" + order + "'] .card-header [data-status]"))
						.getAttribute("data-status")));
	}

	private static void mark(Shop shop) {
		((JavascriptExecutor) shop.browser()).executeScript("document.body.dataset.liveMark = 'kept';");
	}

	private static boolean marked(Shop shop) {
		return "kept"
			.equals(((JavascriptExecutor) shop.browser()).executeScript("return document.body.dataset.liveMark;"));
	}

	private static long overflow(Shop shop) {
		return ((Number) ((JavascriptExecutor) shop.browser())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> heard(Shop shop) {
		return (List<String>) ((JavascriptExecutor) shop.browser()).executeScript("return window.heardOrders;");
	}

	private static void screenshot(Shop shop, String name, Dimension size) throws Exception {
		Path directory = Files.createDirectories(ChromiumExtension.SCREENSHOTS);
		Files.write(directory.resolve(name + "-" + size.width + ".png"),
				((TakesScreenshot) shop.browser()).getScreenshotAs(OutputType.BYTES));
	}

	private record Bought(OrderId id, SubOrderId part, String manufacturer, String sku) {
	}

}
