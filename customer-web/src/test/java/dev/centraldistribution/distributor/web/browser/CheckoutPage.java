package dev.centraldistribution.distributor.web.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

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
		placeOrderButton().click();
		return new OrderPage(this.shop);
	}

	ShortagePage placeOrderThatRanShort() {
		placeOrderButton().click();
		return new ShortagePage(this.shop);
	}

	/** Double-clicks "Place order", as impatient people do. */
	OrderPage placeOrderWithADoubleClick() {
		WebElement button = placeOrderButton();
		new Actions(this.shop.browser()).click(button).pause(Duration.ofMillis(150)).click(button).perform();
		return new OrderPage(this.shop);
	}

	private WebElement placeOrderButton() {
		return this.shop.find(By.xpath("//form[@id='place-order']//button[normalize-space()='Place order']"));
	}

}
