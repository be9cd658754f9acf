package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's journey through the console: the overview's charts refresh in place, the
 * navigation leads to the manufacturers and the stock, a manufacturer's sale is paused
 * and resumed; every page fits a phone's width (screenshots at 390 and 1366 px in
 * {@code target/browser-screenshots/}).
 */
@BrowserTest
class OperatorWatchesTheConsoleBrowserTests {

	@Autowired
	JdbcClient jdbc;

	String code;

	@BeforeEach
	void aManufacturerWithAnOffering() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("watch", "Watched Tools");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
		offerings.offering(manufacturer, offerings.sku("drill"), "Drill", 12_000, 5);
	}

	@Test
	void theOverviewRefreshesInPlaceAndEveryPageFitsAPhone(Shop shop) {
		ConsoleOverviewPage overview = shop.signIn()
			.signIn(Operators.EMAIL, Operators.PASSWORD, ConsoleOverviewPage::new);

		assertThat(overview.bars()).as("two charts of 60 minutes").isEqualTo(120);
		overview.markTheLivePart();
		overview.awaitTheLivePartRefreshed();
		assertThat(overview.screenshot("console-overview", 390)).isZero();
		assertThat(overview.screenshot("console-overview", 1366)).isZero();

		ConsoleManufacturersPage manufacturers = overview.navigate("Manufacturers", ConsoleManufacturersPage::new);
		assertThat(manufacturers.screenshot("console-manufacturers", 390)).isZero();
		assertThat(manufacturers.screenshot("console-manufacturers", 1366)).isZero();

		ConsoleStockPage stock = manufacturers.navigate("Stock", ConsoleStockPage::new);
		assertThat(stock.screenshot("console-stock", 390)).isZero();
		assertThat(stock.screenshot("console-stock", 1366)).isZero();
	}

	@Test
	void theOperatorPausesAndResumesAManufacturer(Shop shop) {
		ConsoleManufacturersPage page = shop.signIn()
			.signIn(Operators.EMAIL, Operators.PASSWORD, ConsoleOverviewPage::new)
			.navigate("Manufacturers", ConsoleManufacturersPage::new);
		assertThat(page.state(this.code)).isEqualTo("alive");

		ConsoleManufacturersPage paused = page.pause(this.code);
		assertThat(paused.notices()).containsExactly(
				"Selling " + this.code + " is paused: 1 offering(s) taken off sale. Their stock and books stay.");
		assertThat(paused.paused(this.code)).isTrue();

		ConsoleManufacturersPage resumed = paused.resume(this.code);
		assertThat(resumed.notices()).containsExactly("Selling " + this.code + " resumed: 1 offering(s) back on sale.");
		assertThat(resumed.paused(this.code)).isFalse();
	}

}
