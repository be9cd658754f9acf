package dev.centraldistribution.distributor.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * A page of the operator console: its own navigation, and screenshots at a width.
 */
class ConsolePage extends ShopPage {

	ConsolePage(Shop shop, String title) {
		super(shop, title);
	}

	/** Follows a link of the console's navigation. */
	<P extends ConsolePage> P navigate(String link, Function<Shop, P> page) {
		this.shop.clickToLoad(this.shop.find(By.cssSelector(".console-nav")).findElement(By.linkText(link)));
		return page.apply(this.shop);
	}

	/**
	 * Shows the page at a width, as tall as it is, and saves a screenshot.
	 * @return how many pixels the page is wider than the window (0: no sideways scroll)
	 */
	long screenshot(String name, int width) {
		JavascriptExecutor script = (JavascriptExecutor) this.shop.browser();
		this.shop.browser().manage().window().setSize(new Dimension(width, 900));
		Number height = (Number) script.executeScript("return document.documentElement.scrollHeight");
		this.shop.browser().manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 150, 6000)));
		Number overflow = (Number) script
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		try {
			Files.createDirectories(ChromiumExtension.SCREENSHOTS);
			Files.write(ChromiumExtension.SCREENSHOTS.resolve(name + "-" + width + ".png"),
					((TakesScreenshot) this.shop.browser()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return overflow.longValue();
	}

}
