package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The order summary with its "Place order" form: {@code /checkout}. */
final class CheckoutPage extends ShopPage {

	CheckoutPage(Shop shop) {
		super(shop, "Checkout");
	}

	String total() {
		return this.shop.find(By.id("checkout-total")).getText();
	}

	/** How the order will be paid, such as "Paid with Visa •••• 4242." */
	String payment() {
		return this.shop.find(By.id("card")).getText();
	}

	OrderPage placeOrder() {
		this.shop.clickToLoad(placeOrderButton());
		return new OrderPage(this.shop);
	}

	ShortagePage placeOrderThatRanShort() {
		this.shop.clickToLoad(placeOrderButton());
		return new ShortagePage(this.shop);
	}

	/**
	 * Clicks "Place order" twice, 150 ms apart, as impatient people do. The clicks are
	 * made inside the page because chromedriver waits for the first click's page to load
	 * before it makes another click, which a person does not.
	 */
	OrderPage placeOrderWithADoubleClick() {
		WebElement page = this.shop.find(By.tagName("html"));
		((JavascriptExecutor) this.shop.browser()).executeScript("""
				const button = arguments[0];
				button.click();
				setTimeout(() => button.click(), 150);
				""", placeOrderButton());
		this.shop.awaitNextPage(page);
		return new OrderPage(this.shop);
	}

	private WebElement placeOrderButton() {
		return this.shop.find(By.xpath("//form[@id='place-order']//button[normalize-space()='Place order']"));
	}

}
