package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;

/** The shop's own "not found" page: "We could not find that page." */
final class ErrorPage extends ShopPage {

	ErrorPage(Shop shop) {
		super(shop, "Page not found");
	}

	/**
	 * The status line under the explanation, such as "Error 404. Nothing was changed."
	 */
	String explanation() {
		return this.shop.find(By.id("error-status")).getText();
	}

	DashboardPage backToTheDashboard() {
		this.shop.clickToLoad(this.shop.find(By.linkText("Back to the dashboard")));
		return new DashboardPage(this.shop);
	}

}
