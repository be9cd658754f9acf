package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One manufacturer's offering of a product on the dashboard. The row is looked up by its
 * offering id on every read, so it stays right when the page replaces its cells (live
 * updates) instead of going stale.
 */
final class OfferingRow {

	private final Shop shop;

	private final String offeringId;

	OfferingRow(Shop shop, String offeringId) {
		this.shop = shop;
		this.offeringId = offeringId;
	}

	String offeringId() {
		return this.offeringId;
	}

	/** The quantity shown as available. */
	long available() {
		return Long.parseLong(cell("available").getText().strip());
	}

	/** The unit price as shown, such as "€120.00". */
	String price() {
		return cell("price").getText();
	}

	/** Adds a quantity to the cart; the dashboard comes back with a message. */
	DashboardPage addToCart(int quantity) {
		WebElement field = row().findElement(By.cssSelector("input.quantity"));
		field.clear();
		field.sendKeys(String.valueOf(quantity));
		this.shop.clickToLoad(row().findElement(By.xpath(".//button[normalize-space()='Add']")));
		return new DashboardPage(this.shop);
	}

	private WebElement cell(String cssClass) {
		return row().findElement(By.cssSelector("td." + cssClass));
	}

	private WebElement row() {
		return this.shop.find(By.cssSelector("tr.offering[data-offering-id='" + this.offeringId + "']"));
	}

}
