package dev.centraldistribution.distributor.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class DashboardFollowsSalesLiveBrowserTests {

	@Autowired
	SalesElsewhere elsewhere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	StockLedger stock;

	@Test
	void quantitiesFollowOtherCustomersSalesAndSoldOutOfferingsDisappearWithoutAReload(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String tag = offerings.sku("live");
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId rake = offerings.offering(acme, offerings.sku("rake"), "Rake " + tag, 2_000, 5);
		OfferingId hose = offerings.offering(acme, offerings.sku("hose"), "Hose " + tag, 3_000, 2);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		DashboardPage dashboard = shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(tag).awaitLiveUpdates();
		OfferingRow rakeRow = dashboard.offering(offerings.sku("rake"), "Acme Tools");
		OfferingRow hoseRow = dashboard.offering(offerings.sku("hose"), "Acme Tools");
		JavascriptExecutor page = (JavascriptExecutor) shop.browser();
		page.executeScript("window.stillTheSamePage = true;");

		this.elsewhere.sell(rake, 2);
		waitUpTo(Duration.ofSeconds(2), shop).until((browser) -> rakeRow.available() == 3);
		this.elsewhere.sell(hose, 2);
		waitUpTo(Duration.ofSeconds(2), shop).until((browser) -> !dashboard.shows(hoseRow));

		assertThat(rakeRow.available()).isEqualTo(3);
		assertThat(page.executeScript("return window.stillTheSamePage === true;")).as("no reload").isEqualTo(true);
	}

	@Test
	void aProductsPageFollowsSalesAndSaysSoldOutWithoutAReload(Shop shop) throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("spade");
		OfferingId spade = offerings.offering(offerings.manufacturer("acme", "Acme Tools"), sku, "Spade " + sku, 2_500,
				5);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.signIn().signIn(ada.email(), Accounts.PASSWORD);
		shop.open("/products/" + sku);
		waitUpTo(Shop.PATIENCE, shop).until((browser) -> "open"
			.equals(browser.findElement(By.cssSelector("main.product-page")).getAttribute("data-live")));
		JavascriptExecutor page = (JavascriptExecutor) shop.browser();
		page.executeScript("window.stillTheSamePage = true;");

		this.elsewhere.sell(spade, 2);
		waitUpTo(Shop.PATIENCE, shop).until((browser) -> "3".equals(available(shop)));
		assertThat(shop.find(By.cssSelector(".buyable")).getText()).isEqualTo("3");
		assertThat(shop.find(By.cssSelector("tr.offering input.quantity")).getAttribute("max")).isEqualTo("3");
		this.elsewhere.sell(spade, 3);
		waitUpTo(Shop.PATIENCE, shop).until((browser) -> "Sold out".equals(available(shop)));

		assertThat(shop.findAll(By.cssSelector("tr.offering form.add-to-cart"))).as("nothing left to add").isEmpty();
		assertThat(shop.find(By.cssSelector("tr.offering .state")).getText()).isEqualTo("Sold out");
		assertThat(shop.find(By.cssSelector(".buyable")).getText()).isEqualTo("0");
		assertThat(page.executeScript("return window.stillTheSamePage === true;")).as("no reload").isEqualTo(true);
		Path directory = Files.createDirectories(ChromiumExtension.SCREENSHOTS);
		for (Dimension size : PageCheck.SIZES) {
			shop.browser().manage().window().setSize(size);
			Files.write(directory.resolve("product-live-sold-out-" + size.width + ".png"),
					((TakesScreenshot) shop.browser()).getScreenshotAs(OutputType.BYTES));
		}
	}

	private static String available(Shop shop) {
		return shop.find(By.cssSelector("tr.offering td.available")).getText().strip();
	}

	/** Another customer's checkout, as far as stock goes: the same ledger, committed. */
	private static WebDriverWait waitUpTo(Duration timeout, Shop shop) {
		return new WebDriverWait(shop.browser(), timeout);
	}

}
