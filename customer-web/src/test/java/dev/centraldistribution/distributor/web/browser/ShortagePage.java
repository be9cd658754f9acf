package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;

/**
 * What checkout shows when other customers were quicker: the short lines and the choices.
 */
final class ShortagePage extends ShopPage {

	ShortagePage(Shop shop) {
		super(shop, "Some products ran short");
	}

	/** Each short line as "product, manufacturer, wanted, left". */
	List<String> shortLines() {
		return this.shop.findAll(By.cssSelector("tr.short-line"))
			.stream()
			.map((row) -> String.join(", ",
					row.findElements(By.tagName("td")).stream().map((cell) -> cell.getText().strip()).toList()))
			.toList();
	}

	/**
	 * "Buy what is available": the checkout of what is left, with its new total, nothing
	 * bought yet.
	 */
	CheckoutPage buyWhatIsAvailable() {
		this.shop.clickToLoad(this.shop.find(By.xpath("//form[@id='buy-available']//button")));
		return new CheckoutPage(this.shop);
	}

}
