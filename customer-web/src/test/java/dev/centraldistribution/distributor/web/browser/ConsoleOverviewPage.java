package dev.centraldistribution.distributor.web.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's overview, {@code /admin}. */
final class ConsoleOverviewPage extends ConsolePage {

	/** The live part refreshes every 5 s; a busy machine gets generous room. */
	static final Duration REFRESH_PATIENCE = Duration.ofSeconds(30);

	ConsoleOverviewPage(Shop shop) {
		super(shop, "Operator console");
	}

	/** Marks the live part, so that its replacement by the next refresh can be seen. */
	void markTheLivePart() {
		((JavascriptExecutor) this.shop.browser())
			.executeScript("document.getElementById('live').dataset.marked = 'yes'");
	}

	/** Waits until the marked live part was swapped for a fresh one, without a reload. */
	void awaitTheLivePartRefreshed() {
		JavascriptExecutor script = (JavascriptExecutor) this.shop.browser();
		script.executeScript("window.stillTheSamePage = true");
		new WebDriverWait(this.shop.browser(), REFRESH_PATIENCE).until((browser) -> Boolean.TRUE.equals(script
			.executeScript("return window.stillTheSamePage === true && document.getElementById('live') !== null"
					+ " && document.getElementById('live').dataset.marked !== 'yes'")));
	}

	/** Follows the figure of orders waiting for manufacturers to those orders. */
	ConsoleOrdersPage waitingOrders() {
		this.shop.clickToLoad(this.shop.find(By.id("waiting-orders")));
		return new ConsoleOrdersPage(this.shop);
	}

	long bars() {
		return this.shop.findAll(By.cssSelector("#live svg rect")).size();
	}

}
