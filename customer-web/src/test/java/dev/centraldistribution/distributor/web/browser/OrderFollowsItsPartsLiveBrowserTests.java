package dev.centraldistribution.distributor.web.browser;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BrowserTest
class OrderFollowsItsPartsLiveBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	AnswerSubOrder answer;

	@Autowired
	MoveSubOrder move;

	@Test
	void theOrderPageShowsEachStepOfAPartWithoutAReload(Shop shop) throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("lamp");
		String name = "Desk lamp " + sku;
		offerings.offering(offerings.manufacturer("acme", "Acme Tools"), sku, name, 4_500, 4);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(name).offering(sku, "Acme Tools").addToCart(1);
		long order = shop.cart().checkOut().placeOrder().order().id();
		assertThat(shop.find(By.cssSelector("form.cancel-part button")).getText()).isEqualTo("Cancel the order");
		screenshots(shop, "order-placed");
		WebElement page = shop.find(By.tagName("html"));
		SubOrderId subOrder = new SubOrderId(this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", order)
			.query(Long.class)
			.single());
		String acme = this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
			.param("id", subOrder.value())
			.query(String.class)
			.single();

		awaitStreamOpen(shop);
		this.answer.answer(subOrder, acme, List.of(new LineAnswer(sku, true, null)));
		report(subOrder, acme, SubOrderEvent.SHIPPED, new Shipment("Parcelways", "ACME-" + subOrder.value()));
		await().atMost(Shop.PATIENCE.multipliedBy(2))
			.ignoreExceptions()
			.until(() -> steps(shop).containsAll(List.of("PLACED", "CONFIRMED", "SHIPPED")));
		assertThat(shop.find(By.cssSelector(".timeline .tracking")).getText())
			.isEqualTo("Parcelways ACME-" + subOrder.value());
		assertThat(shop.findAll(By.cssSelector("form.cancel-part"))).as("shipped: no more cancelling").isEmpty();
		screenshots(shop, "order-shipped");

		report(subOrder, acme, SubOrderEvent.DELIVERED, null);
		await().atMost(Shop.PATIENCE.multipliedBy(2)).ignoreExceptions().until(() -> steps(shop).contains("DELIVERED"));

		assertThat(shop.find(By.cssSelector("section.order .card-header .status")).getText()).isEqualTo("Delivered");
		assertThat(shop.find(By.tagName("html"))).as("the same page, never reloaded").isEqualTo(page);
		screenshots(shop, "order-delivered");
		shop.orders();
		screenshots(shop, "orders");
	}

	@Test
	void aCancelledPartIsRefundedAndTheOtherPartGoesOn(Shop shop) throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String lamp = offerings.sku("lamp");
		String bulb = offerings.sku("bulb");
		offerings.offering(offerings.manufacturer("acme", "Acme Tools"), lamp, "Desk lamp " + lamp, 4_500, 4);
		offerings.offering(offerings.manufacturer("globex", "Globex"), bulb, "Bulb " + bulb, 300, 10);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn()
			.signIn(ada.email(), Accounts.PASSWORD)
			.search("Desk lamp " + lamp)
			.offering(lamp, "Acme Tools")
			.addToCart(1);
		shop.dashboard().search("Bulb " + bulb).offering(bulb, "Globex").addToCart(2);
		long order = shop.cart().checkOut().placeOrder().order().id();
		SubOrderId acmePart = part(order, "Acme Tools");
		SubOrderId globexPart = part(order, "Globex");
		this.answer.answer(acmePart, manufacturerOf(acmePart), List.of(new LineAnswer(lamp, true, null)));
		this.answer.answer(globexPart, manufacturerOf(globexPart), List.of(new LineAnswer(bulb, true, null)));
		shop.browser().navigate().refresh();

		// The answers' notices may reach the page after the reload and swap the card the
		// button is in: find it again until the click lands.
		shop.await().ignoring(StaleElementReferenceException.class).until((browser) -> {
			shop.clickToLoad(partNamed(shop, "Acme Tools").findElement(By.cssSelector("form.cancel-part button")));
			return true;
		});

		assertThat(shop.find(By.tagName("body")).getText()).contains("Cancellation requested");
		WebElement page = shop.find(By.tagName("html"));
		awaitStreamOpen(shop);
		report(acmePart, manufacturerOf(acmePart), SubOrderEvent.CANCEL_CONFIRMED, null);
		await("the refund shown on the order's page, without a reload").atMost(Duration.ofMinutes(1))
			.ignoreExceptions()
			.until(() -> stepsOf(partNamed(shop, "Acme Tools")).containsAll(List.of("CANCELLED", "REFUNDED")));
		assertThat(stepsOf(partNamed(shop, "Globex"))).as("the other part goes on").doesNotContain("CANCELLED");
		assertThat(partNamed(shop, "Globex").findElements(By.cssSelector("form.cancel-part")))
			.as("the other part can still be cancelled")
			.hasSize(1);
		assertThat(shop.find(By.tagName("html"))).as("the same page, never reloaded").isEqualTo(page);
		assertThat(this.jdbc.sql("select count(*) from order_line where sub_order_id = :id and refunded_at is not null")
			.param("id", acmePart.value())
			.query(Long.class)
			.single()).as("the cancelled part's line refunded").isOne();
		screenshots(shop, "order-part-cancelled");
	}

	private SubOrderId part(long order, String manufacturerName) {
		return new SubOrderId(this.jdbc
			.sql("select s.id from sub_order s join manufacturer m on m.code = s.manufacturer_code "
					+ "where s.order_id = :order and m.name = :name")
			.param("order", order)
			.param("name", manufacturerName)
			.query(Long.class)
			.single());
	}

	private String manufacturerOf(SubOrderId subOrder) {
		return this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
			.param("id", subOrder.value())
			.query(String.class)
			.single();
	}

	private static WebElement partNamed(Shop shop, String manufacturerName) {
		return shop.findAll(By.cssSelector(".sub-order"))
			.stream()
			.filter((part) -> part.findElement(By.cssSelector(".manufacturer")).getText().equals(manufacturerName))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> stepsOf(WebElement part) {
		return part.findElements(By.cssSelector(".timeline .timeline-step"))
			.stream()
			.map((step) -> step.getAttribute("data-step"))
			.toList();
	}

	private void report(SubOrderId subOrder, String manufacturer, SubOrderEvent event, Shipment shipment) {
		this.move.apply(new SubOrderMessage(UUID.randomUUID().toString(), subOrder, manufacturer, event, shipment));
	}

	/** Changes made before the page's stream is open would reach it only on reload. */
	private static void awaitStreamOpen(Shop shop) {
		await().atMost(Shop.PATIENCE.multipliedBy(2))
			.ignoreExceptions()
			.until(() -> "open".equals(shop.find(By.id("order-cards")).getAttribute("data-live")));
	}

	private static List<String> steps(Shop shop) {
		return shop.findAll(By.cssSelector(".timeline .timeline-step"))
			.stream()
			.map((step) -> step.getAttribute("data-step"))
			.toList();
	}

	/** Screenshots at a desktop's and a phone's width, for a person to look at. */
	private static void screenshots(Shop shop, String name) throws Exception {
		Path directory = Files.createDirectories(ChromiumExtension.SCREENSHOTS);
		for (int width : new int[] { 1280, 390 }) {
			shop.browser().manage().window().setSize(new Dimension(width, 1024));
			Files.write(directory.resolve(name + "-" + width + ".png"),
					((TakesScreenshot) shop.browser()).getScreenshotAs(OutputType.BYTES));
		}
		shop.browser().manage().window().setSize(new Dimension(1280, 1024));
	}

}
