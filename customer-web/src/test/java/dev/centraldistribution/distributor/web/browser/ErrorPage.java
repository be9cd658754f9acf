package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;

/** The shop's own error page, such as "We could not find that page." */
final class ErrorPage extends ShopPage {

	ErrorPage(Shop shop) {
		super(shop, "Something went wrong");
	}

	/**
	 * The explanation under the heading, such as "Error 404. Nothing was changed. ..."
	 */
	String explanation() {
		return this.shop.find(By.cssSelector("main p")).getText();
	}

	DashboardPage backToTheDashboard() {
		this.shop.clickToLoad(this.shop.find(By.linkText("Back to the dashboard")));
		return new DashboardPage(this.shop);
	}

}
