package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The cart: {@code /cart}, a line per offering with its quantity. */
final class CartPage extends ShopPage {

	CartPage(Shop shop) {
		super(shop, "Your cart");
	}

	boolean isEmpty() {
		return !this.shop.findAll(By.id("empty-cart")).isEmpty();
	}

	/** The product names of the lines, in the order shown. */
	List<String> productNames() {
		return texts(By.cssSelector("tr.cart-line .product"));
	}

	String total() {
		return this.shop.find(By.id("cart-total")).getText();
	}

	Line line(String productName) {
		return new Line(this.shop
			.find(By.xpath("//tr[contains(@class,'cart-line')][.//span[@class='product' and normalize-space()='"
					+ productName + "']]")));
	}

	CheckoutPage checkOut() {
		this.shop.clickToLoad(this.shop.find(By.id("to-checkout")));
		return new CheckoutPage(this.shop);
	}

	/** One line of the cart. */
	final class Line {

		private final WebElement row;

		Line(WebElement row) {
			this.row = row;
		}

		long quantity() {
			return Long.parseLong(this.row.findElement(By.cssSelector("input.quantity")).getDomProperty("value"));
		}

		CartPage changeQuantityTo(int quantity) {
			WebElement field = this.row.findElement(By.cssSelector("input.quantity"));
			field.clear();
			field.sendKeys(String.valueOf(quantity));
			CartPage.this.shop.clickToLoad(this.row.findElement(By.xpath(".//button[normalize-space()='Update']")));
			return new CartPage(CartPage.this.shop);
		}

		CartPage remove() {
			CartPage.this.shop.clickToLoad(this.row.findElement(By.xpath(".//button[normalize-space()='Remove']")));
			return new CartPage(CartPage.this.shop);
		}

	}

}
