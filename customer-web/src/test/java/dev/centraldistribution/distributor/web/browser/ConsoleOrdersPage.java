package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console's orders, {@code /admin/orders}. */
final class ConsoleOrdersPage extends ConsolePage {

	ConsoleOrdersPage(Shop shop) {
		super(shop, "Orders · Operator console");
	}

	/** The status the filter shows, in words. */
	String status() {
		return new Select(this.shop.find(By.id("status"))).getFirstSelectedOption().getText();
	}

	/** Chooses a status and a search and shows what matches. */
	ConsoleOrdersPage show(String status, String search) {
		new Select(this.shop.find(By.id("status"))).selectByVisibleText(status);
		WebElement field = this.shop.find(By.id("q"));
		field.clear();
		field.sendKeys(search);
		this.shop.clickToLoad(this.shop.find(By.cssSelector("#order-search button[type=submit]")));
		return new ConsoleOrdersPage(this.shop);
	}

	/** The order numbers listed, newest first. */
	List<Long> orders() {
		return this.shop.findAll(By.cssSelector(".order-row"))
			.stream()
			.map((row) -> Long.parseLong(row.getDomAttribute("data-order-id")))
			.toList();
	}

	/** The status of a listed order, in words. */
	String statusOf(long order) {
		return row(order).findElement(By.cssSelector(".status")).getText();
	}

	ConsoleOrderPage open(long order) {
		this.shop.clickToLoad(row(order).findElement(By.cssSelector("a.order-link")));
		return new ConsoleOrderPage(this.shop);
	}

	private WebElement row(long order) {
		return this.shop.find(By.cssSelector(".order-row[data-order-id='" + order + "']"));
	}

}
