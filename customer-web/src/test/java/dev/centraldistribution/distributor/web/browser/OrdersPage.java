package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;

/** The order history: {@code /orders}, newest first. */
final class OrdersPage extends ShopPage {

	OrdersPage(Shop shop) {
		super(shop, "Your orders");
	}

	List<OrderCard> orders() {
		return this.shop.findAll(By.cssSelector("section.order")).stream().map(OrderCard::of).toList();
	}

}
