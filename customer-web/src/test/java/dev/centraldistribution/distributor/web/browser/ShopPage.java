package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * What every page of the shop has: a title, the navigation bar and the messages shown
 * after a change. Each page object checks on creation that the browser shows its page, so
 * a journey that took a wrong turn fails where it did.
 */
abstract class ShopPage {

	static final String SITE = " · Central Distribution";

	final Shop shop;

	ShopPage(Shop shop, String title) {
		this.shop = shop;
		String expected = title + SITE;
		try {
			shop.await().until((browser) -> expected.equals(browser.getTitle()));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Expected the page '" + expected + "' but " + shop.path() + " shows '"
					+ shop.browser().getTitle() + "': " + text(shop.findAll(By.tagName("main"))));
		}
	}

	/** The first heading of the page. */
	String heading() {
		return this.shop.find(By.cssSelector("main h1")).getText();
	}

	/** The success messages shown after a change, such as "Card saved". */
	List<String> notices() {
		return texts(By.cssSelector(".alert[role=status], .alert [role=status]"));
	}

	/** The warnings and errors shown, such as "Wrong e-mail address or password." */
	List<String> problems() {
		return texts(By.cssSelector(".alert[role=alert], .alert [role=alert]"));
	}

	/**
	 * The name in the navigation bar, or empty when nobody is signed in: its start and
	 * its end, which the bar shows apart so that a long one is cut in its middle.
	 */
	String signedInAs() {
		return text(this.shop.findAll(By.id("account-link"))).replace("\n", "");
	}

	/** The count of units beside "Cart" in the header. */
	long cartCount() {
		return Long.parseLong(this.shop.find(By.id("cart-count")).getText().strip());
	}

	SignInPage signOut() {
		this.shop.clickToLoad(this.shop.find(By.xpath("//nav//button[normalize-space()='Sign out']")));
		return new SignInPage(this.shop);
	}

	List<String> texts(By by) {
		return this.shop.findAll(by).stream().map(WebElement::getText).toList();
	}

	private static String text(List<WebElement> elements) {
		return elements.isEmpty() ? "" : elements.get(0).getText();
	}

}
