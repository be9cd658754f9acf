package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;

/** One order: {@code /orders/{id}}, where checkout lands. */
final class OrderPage extends ShopPage {

	OrderPage(Shop shop) {
		super(shop, "Your order");
	}

	OrderCard order() {
		return OrderCard.of(this.shop.find(By.cssSelector("section.order")));
	}

	/** Loads the page again, as the browser's reload button does. */
	OrderPage reload() {
		this.shop.browser().navigate().refresh();
		return new OrderPage(this.shop);
	}

}
