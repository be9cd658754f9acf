package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's manufacturers page, {@code /admin/manufacturers}. */
final class ConsoleManufacturersPage extends ConsolePage {

	ConsoleManufacturersPage(Shop shop) {
		super(shop, "Manufacturers · Operator console");
	}

	String state(String code) {
		return card(code).findElement(By.cssSelector(".state")).getText();
	}

	boolean paused(String code) {
		return !card(code).findElements(By.cssSelector(".paused")).isEmpty();
	}

	ConsoleManufacturersPage pause(String code) {
		this.shop.clickToLoad(card(code).findElement(By.cssSelector("button.pause")));
		return new ConsoleManufacturersPage(this.shop);
	}

	ConsoleManufacturersPage resume(String code) {
		this.shop.clickToLoad(card(code).findElement(By.cssSelector("button.resume")));
		return new ConsoleManufacturersPage(this.shop);
	}

	private WebElement card(String code) {
		return this.shop.find(By.cssSelector(".manufacturer[data-code='" + code + "']"));
	}

}
