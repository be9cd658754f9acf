package dev.centraldistribution.distributor.web.browser;

import java.time.Duration;
import java.util.List;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class DashboardFollowsSalesLiveBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	StockLedger stock;

	@Autowired
	PlatformTransactionManager transactions;

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

		sellElsewhere(rake, 2);
		waitUpTo(Duration.ofSeconds(2), shop).until((browser) -> rakeRow.available() == 3);
		sellElsewhere(hose, 2);
		waitUpTo(Duration.ofSeconds(2), shop).until((browser) -> !dashboard.shows(hoseRow));

		assertThat(rakeRow.available()).isEqualTo(3);
		assertThat(page.executeScript("return window.stillTheSamePage === true;")).as("no reload").isEqualTo(true);
	}

	/** Another customer's checkout, as far as stock goes: the same ledger, committed. */
	private void sellElsewhere(OfferingId offering, long quantity) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.stock.withdraw(List.of(new StockWithdrawal(offering, quantity))));
	}

	private static WebDriverWait waitUpTo(Duration timeout, Shop shop) {
		return new WebDriverWait(shop.browser(), timeout);
	}

}
