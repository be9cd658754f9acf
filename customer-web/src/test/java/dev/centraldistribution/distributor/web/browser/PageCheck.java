package dev.centraldistribution.distributor.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Looks at pages the way the shop's checks want them looked at: at a phone's width and a
 * desktop's, whether anything is wider than the screen, what axe-core finds serious or
 * critical, a screenshot as tall as the page; and what a first visit moves.
 * <p>
 * axe-core (Deque Systems, MPL-2.0, {@code src/test/resources/axe/}, its header and
 * licence kept) is injected through WebDriver, which the Content-Security-Policy does not
 * govern.
 */
final class PageCheck {

	/** A phone (390 × 844) and a desktop (1366 × 900). */
	static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

	private static final String AXE = read("/axe/axe.min.js");

	// WCAG 2.1 A and AA and axe's best practices; only what axe rates serious or critical
	// counts.
	private static final String RUN_AXE = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'],
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
			  .then(function (result) {
			    done(result.violations
			      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			      .map(function (v) {
			        return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)
			          .map(function (n) { return n.target.join(' '); }).join(', ');
			      }));
			  })
			  .catch(function (e) { done(['axe-core failed: ' + e]); });""";

	private final Shop shop;

	private final List<String> overflows = new ArrayList<>();

	private final List<String> accessibilityProblems = new ArrayList<>();

	PageCheck(Shop shop) {
		this.shop = shop;
		shop.browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	/**
	 * Opens a page at each size, notes whether it is wider than the window and what axe
	 * finds, and saves a screenshot {@code page-<name>-<width>.png}.
	 */
	void visit(String name, String path) {
		for (Dimension size : SIZES) {
			this.shop.browser().manage().window().setSize(size);
			this.shop.open(path);
			awaitLoaded();
			long overflow = ((Number) script()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.longValue();
			if (overflow > 0) {
				this.overflows.add(name + " at " + size.width + " px is " + overflow + " px too wide");
			}
			script().executeScript(AXE);
			@SuppressWarnings("unchecked")
			List<Object> found = (List<Object>) script().executeAsyncScript(RUN_AXE);
			found.forEach((problem) -> this.accessibilityProblems.add(name + " at " + size.width + " px: " + problem));
			screenshot(name, size);
		}
	}

	List<String> overflows() {
		return this.overflows;
	}

	List<String> accessibilityProblems() {
		return this.accessibilityProblems;
	}

	/**
	 * What a visit to a page moves over the network, the page and everything it loads, as
	 * the browser counts it (compressed sizes and headers; nothing comes from a cache in
	 * a fresh profile).
	 */
	long firstVisitBytes(String path) {
		this.shop.open(path);
		awaitLoaded();
		return ((Number) script().executeScript("""
				var entries = performance.getEntriesByType('navigation')
				  .concat(performance.getEntriesByType('resource'));
				return entries.reduce(function (sum, entry) { return sum + entry.transferSize; }, 0);""")).longValue();
	}

	private void awaitLoaded() {
		this.shop.await().until((browser) -> "complete".equals(script().executeScript("return document.readyState")));
	}

	private void screenshot(String name, Dimension size) {
		Number height = (Number) script().executeScript("return document.documentElement.scrollHeight");
		this.shop.browser()
			.manage()
			.window()
			.setSize(new Dimension(size.width, Math.max(size.height, Math.min(height.intValue(), 6000))));
		try {
			Files.createDirectories(ChromiumExtension.SCREENSHOTS);
			Files.write(ChromiumExtension.SCREENSHOTS.resolve("page-" + name + "-" + size.width + ".png"),
					((TakesScreenshot) this.shop.browser()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JavascriptExecutor script() {
		return (JavascriptExecutor) this.shop.browser();
	}

	private static String read(String resource) {
		try (InputStream in = PageCheck.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
