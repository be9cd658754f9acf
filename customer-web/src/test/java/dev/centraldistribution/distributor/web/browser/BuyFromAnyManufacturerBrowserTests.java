package dev.centraldistribution.distributor.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer buys more of one product than any manufacturer has: the proposal splits it
 * between the two nearest to Turin, with their distances, before anything is bought; the
 * checkout takes one payment; the order shows one part per manufacturer, each confirmed.
 */
@BrowserTest
class BuyFromAnyManufacturerBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	AnswerSubOrder answer;

	@Test
	void aQuantityNoOneHasIsSplitShownBeforePayingBoughtOnceAndConfirmedByEachManufacturer(Shop shop) throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("shirt");
		offerings.offering(offerings.manufacturer("lyon", "Lyon Textiles", new GeoLocation(45.7640, 4.8357)), sku,
				"T-shirt " + sku, 1_000, 10);
		offerings.offering(offerings.manufacturer("milan", "Milano Moda", new GeoLocation(45.4642, 9.1900)), sku,
				"T-shirt " + sku, 900, 10);
		offerings.offering(offerings.manufacturer("hamburg", "Hanse Shirts", new GeoLocation(53.5511, 9.9937)), sku,
				"T-shirt " + sku, 800, 100);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD);

		shop.open("/account");
		new Select(shop.find(By.cssSelector("#delivery-city select"))).selectByVisibleText("Turin, IT");
		shop.clickToLoad(shop.find(By.cssSelector("#delivery-city button[type=submit]")));
		assertThat(shop.find(By.id("notice")).getText()).isEqualTo("Goods go to Turin, IT from now on.");
		screenshots(shop, "account-delivery-city");

		shop.open("/products/" + sku + "/any");
		assertThat(new Select(shop.find(By.id("city"))).getFirstSelectedOption().getText()).as("the account's city")
			.isEqualTo("Turin, IT");
		shop.find(By.id("quantity")).sendKeys("15");
		shop.find(By.id("strategy-NEAREST")).click();
		shop.clickToLoad(shop.find(By.cssSelector("#ask button[type=submit]")));

		List<WebElement> lines = shop.findAll(By.cssSelector("#proposal-lines .proposal-line"));
		assertThat(lines).extracting((line) -> line.findElement(By.cssSelector(".manufacturer")).getText())
			.containsExactly("Milano Moda", "Lyon Textiles");
		assertThat(lines).extracting((line) -> line.findElement(By.cssSelector(".quantity")).getText())
			.containsExactly("10", "5");
		assertThat(lines.get(0).findElement(By.cssSelector(".distance")).getText()).endsWith(" km");
		assertThat(shop.find(By.id("proposal-total")).getText()).isEqualTo("€140.00");
		screenshots(shop, "any-manufacturer-proposal");

		shop.clickToLoad(shop.find(By.cssSelector("#buy-proposal button[type=submit]")));
		assertThat(shop.path()).isEqualTo("/checkout");
		screenshots(shop, "any-manufacturer-checkout");
		long order = new CheckoutPage(shop).placeOrder().order().id();

		List<Long> parts = this.jdbc.sql("select id from sub_order where order_id = :order order by id")
			.param("order", order)
			.query(Long.class)
			.list();
		assertThat(parts).as("one part per manufacturer").hasSize(2);
		// The order page follows its order once its stream is open.
		await().atMost(Shop.PATIENCE.multipliedBy(2))
			.ignoreExceptions()
			.until(() -> "open".equals(shop.find(By.id("order-cards")).getAttribute("data-live")));
		for (long part : parts) {
			String manufacturer = this.jdbc.sql("select manufacturer_code from sub_order where id = :id")
				.param("id", part)
				.query(String.class)
				.single();
			this.answer.answer(new SubOrderId(part), manufacturer, List.of(new LineAnswer(sku, true, null)));
		}
		await().atMost(Shop.PATIENCE.multipliedBy(3))
			.ignoreExceptions()
			.until(() -> shop.find(By.cssSelector("section.order .card-header .status")).getText().equals("Confirmed"));
		assertThat(shop.findAll(By.cssSelector(".sub-order .manufacturer"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("Milano Moda", "Lyon Textiles");
		screenshots(shop, "any-manufacturer-order");
	}

	/** Screenshots at a desktop's and a phone's width, for a person to look at. */
	private static void screenshots(Shop shop, String name) throws Exception {
		Path directory = Files.createDirectories(ChromiumExtension.SCREENSHOTS);
		for (int width : new int[] { 1280, 390 }) {
			shop.browser().manage().window().setSize(new Dimension(width, 1400));
			Files.write(directory.resolve(name + "-" + width + ".png"),
					((TakesScreenshot) shop.browser()).getScreenshotAs(OutputType.BYTES));
		}
		shop.browser().manage().window().setSize(new Dimension(1280, 1024));
	}

}
