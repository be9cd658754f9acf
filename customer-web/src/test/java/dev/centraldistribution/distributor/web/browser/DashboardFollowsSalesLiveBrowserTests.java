package dev.centraldistribution.distributor.web.browser;

import java.time.Duration;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
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

	/** Another customer's checkout, as far as stock goes: the same ledger, committed. */
	private static WebDriverWait waitUpTo(Duration timeout, Shop shop) {
		return new WebDriverWait(shop.browser(), timeout);
	}

}
