package dev.centraldistribution.distributor.web.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every browser test fails on a Content-Security-Policy violation in the console (see
 * {@link ChromiumExtension}); these prove that the shop's own scripts and styles load
 * under the policy and that the console check would see a violation.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTests {

	@Test
	void theShopsOwnScriptsAndStylesLoadUnderThePolicy(Shop shop) {
		shop.signUp();

		assertThat(script(shop, "return typeof window.htmx")).as("htmx").isEqualTo("object");
		assertThat(shop.find(By.cssSelector("nav.navbar")).getCssValue("background-color")).as("Bootstrap's dark bar")
			.isEqualTo("rgba(33, 37, 41, 1)");
		assertThat(shop.takeCspViolations()).isEmpty();
	}

	@Test
	void theConsoleCheckSeesAnInlineScriptThePolicyRefused(Shop shop) {
		shop.signIn();

		script(shop, """
				const inline = document.createElement('script');
				inline.textContent = "document.title = 'inline script ran'";
				document.body.appendChild(inline);
				return null;
				""");

		List<String> violations = new ArrayList<>();
		shop.await().until((browser) -> violations.addAll(shop.takeCspViolations()));
		assertThat(violations).singleElement().asString().contains("inline script", "script-src 'self'");
		assertThat(shop.browser().getTitle()).isNotEqualTo("inline script ran");
	}

	private static Object script(Shop shop, String script) {
		return ((JavascriptExecutor) shop.browser()).executeScript(script);
	}

}
