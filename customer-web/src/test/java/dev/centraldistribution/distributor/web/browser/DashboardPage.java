package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What is on offer: {@code /dashboard}, with search, sort and "Add" per offering. */
final class DashboardPage extends ShopPage {

	DashboardPage(Shop shop) {
		super(shop, "Dashboard");
	}

	DashboardPage search(String text) {
		WebElement box = searchBox();
		box.clear();
		box.sendKeys(text);
		return show();
	}

	/** Sorts by a label of the sort menu, such as "Lowest price". */
	DashboardPage sortBy(String label) {
		new Select(this.shop.find(By.name("sort"))).selectByVisibleText(label);
		return show();
	}

	/** What the search box holds. */
	String searchText() {
		return searchBox().getDomProperty("value");
	}

	/** The product names in the order shown. */
	List<String> productNames() {
		return texts(By.cssSelector("#products .product .card-title"));
	}

	/** The offering of a product by a manufacturer, found by the product's sku. */
	OfferingRow offering(String sku, String manufacturer) {
		WebElement row = this.shop.find(By.xpath("//section[@data-sku='" + sku + "']//tr[contains(@class,'offering')]"
				+ "[.//span[@class='manufacturer' and normalize-space()='" + manufacturer + "']]"));
		return new OfferingRow(this.shop, row.getDomAttribute("data-offering-id"));
	}

	/** Waits until the page's live updates stream is open. */
	DashboardPage awaitLiveUpdates() {
		this.shop.await().until(ExpectedConditions.attributeToBe(By.id("products"), "data-live", "open"));
		return this;
	}

	/** Whether a row for this offering is on the page. */
	boolean shows(OfferingRow offering) {
		return !this.shop.findAll(By.cssSelector("tr.offering[data-offering-id='" + offering.offeringId() + "']"))
			.isEmpty();
	}

	private WebElement searchBox() {
		return this.shop.find(By.name("q"));
	}

	private DashboardPage show() {
		this.shop.clickToLoad(this.shop.find(By.xpath("//form[@role='search']//button[normalize-space()='Show']")));
		return new DashboardPage(this.shop);
	}

}
