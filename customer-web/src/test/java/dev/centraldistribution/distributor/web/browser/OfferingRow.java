package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

	/**
	 * Adds a quantity to the cart as a signed-in customer: the dashboard stays where it
	 * is and shows a message (htmx) once the shop answered.
	 */
	DashboardPage addToCart(int quantity) {
		List<WebElement> before = this.shop.findAll(By.cssSelector("#cart-feedback .alert"));
		typeQuantity(quantity);
		addButton().click();
		this.shop.await()
			.ignoring(StaleElementReferenceException.class)
			.until((browser) -> before.isEmpty() ? !this.shop.findAll(By.cssSelector("#cart-feedback .alert")).isEmpty()
					: ExpectedConditions.stalenessOf(before.get(0)).apply(browser));
		return new DashboardPage(this.shop);
	}

	/** "Add" pressed before signing in: the shop asks to sign in first. */
	SignInPage addToCartBeforeSigningIn(int quantity) {
		typeQuantity(quantity);
		this.shop.clickToLoad(addButton());
		return new SignInPage(this.shop);
	}

	private void typeQuantity(int quantity) {
		WebElement field = row().findElement(By.cssSelector("input.quantity"));
		field.clear();
		field.sendKeys(String.valueOf(quantity));
	}

	private WebElement addButton() {
		return row().findElement(By.xpath(".//button[normalize-space()='Add']"));
	}

	private WebElement cell(String cssClass) {
		return row().findElement(By.cssSelector("td." + cssClass));
	}

	private WebElement row() {
		return this.shop.find(By.cssSelector("tr.offering[data-offering-id='" + this.offeringId + "']"));
	}

}
