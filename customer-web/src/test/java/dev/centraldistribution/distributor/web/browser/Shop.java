package dev.centraldistribution.distributor.web.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web shop as one customer's browser sees it: where pages are opened, and what the
 * browser's console said. Page objects are made from it; tests start from
 * {@link #signUp()}, {@link #signIn()} or {@link #open(String)}.
 */
final class Shop {

	/** How long a page or a change on it may take to show. */
	static final Duration PATIENCE = Duration.ofSeconds(10);

	private final WebDriver browser;

	private final URI base;

	Shop(WebDriver browser, URI base) {
		this.browser = browser;
		this.base = base;
	}

	WebDriver browser() {
		return this.browser;
	}

	/**
	 * Opens a path of the shop, such as {@code /orders/12}, as if typed in the address
	 * bar.
	 */
	void open(String path) {
		this.browser.get(this.base.resolve(path).toString());
	}

	/** The path of the page shown, such as {@code /cart}. */
	String path() {
		return URI.create(this.browser.getCurrentUrl()).getPath();
	}

	SignUpPage signUp() {
		open("/signup");
		return new SignUpPage(this);
	}

	SignInPage signIn() {
		open("/login");
		return new SignInPage(this);
	}

	DashboardPage dashboard() {
		open("/dashboard");
		return new DashboardPage(this);
	}

	CardPage card() {
		open("/account/card");
		return new CardPage(this);
	}

	CartPage cart() {
		open("/cart");
		return new CartPage(this);
	}

	OrdersPage orders() {
		open("/orders");
		return new OrdersPage(this);
	}

	WebElement find(By by) {
		return this.browser.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.browser.findElements(by);
	}

	/**
	 * Clicks a button or link that loads a page, and waits until the browser left the
	 * page it was on: the next page may have the same title (the cart after "Update").
	 */
	void clickToLoad(WebElement target) {
		WebElement page = find(By.tagName("html"));
		// In the middle of the window: at its very edge the click may land beside it.
		// At once: Bootstrap scrolls smoothly where motion is not reduced, and a click
		// during that animation lands on whatever passes under the pointer.
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
		target.click();
		awaitNextPage(page);
	}

	/**
	 * Waits until the browser left a page (its {@code html} element), for loads started
	 * some other way. While the page is being replaced chromedriver may also answer "node
	 * does not belong to the document": that is asked again.
	 */
	void awaitNextPage(WebElement page) {
		await().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
	}

	WebDriverWait await() {
		return new WebDriverWait(this.browser, PATIENCE);
	}

	/**
	 * The Content-Security-Policy violations the console reported since the last call:
	 * reading the console empties it.
	 */
	List<String> takeCspViolations() {
		List<String> violations = new ArrayList<>();
		for (LogEntry entry : this.browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getMessage().contains("Content Security Policy")) {
				violations.add(entry.getLevel() + " " + entry.getMessage());
			}
		}
		return violations;
	}

}
