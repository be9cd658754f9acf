package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One order in the console, {@code /admin/orders/{id}}. */
final class ConsoleOrderPage extends ConsolePage {

	ConsoleOrderPage(Shop shop) {
		super(shop, "Order · Operator console");
	}

	String customer() {
		return this.shop.find(By.id("customer-email")).getText();
	}

	/** The manufacturers' names of the order's parts. */
	List<String> parts() {
		return this.shop.findAll(By.cssSelector(".sub-order h2 span")).stream().map(WebElement::getText).toList();
	}

	/** A part's status, in words. */
	String statusOf(String manufacturerCode) {
		return part(manufacturerCode).findElement(By.cssSelector(".sub-order-status")).getText();
	}

	/** Where the part's purchase confirmation stands in the outbox, in words. */
	String purchaseOf(String manufacturerCode) {
		return part(manufacturerCode).findElement(By.cssSelector(".purchase .stage")).getText();
	}

	/** What the page says of the part's acknowledgement. */
	String acknowledgementOf(String manufacturerCode) {
		return part(manufacturerCode).findElement(By.cssSelector(".acknowledgement")).getText();
	}

	/** Clicks "Send again" under the part's purchase confirmation (a dead letter). */
	ConsoleOrderPage sendPurchaseAgain(String manufacturerCode) {
		this.shop.clickToLoad(part(manufacturerCode).findElement(By.cssSelector(".purchase .send-again button")));
		return new ConsoleOrderPage(this.shop);
	}

	/** What the page says after the operator's action. */
	String notice() {
		return this.shop.find(By.id("message-notice")).getText();
	}

	private WebElement part(String manufacturerCode) {
		return this.shop.find(By.cssSelector(".sub-order[data-manufacturer='" + manufacturerCode + "']"));
	}

}
