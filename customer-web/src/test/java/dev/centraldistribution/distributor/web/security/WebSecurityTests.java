package dev.centraldistribution.distributor.web.security;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class WebSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/signup" })
	void sendsSecurityHeadersWithEveryPage(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin");
	}

	@Test
	void allowsNoInlineScripts() {
		String policy = this.mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy");

		assertThat(policy).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(Browser.page(this.mvc.get().uri("/login").exchange())).doesNotContainPattern("<script(?![^>]*src=)")
			.doesNotContain("style=\"")
			.as("htmx told not to inject its inline style")
			.contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false}'>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cart", "/orders", "/checkout", "/account", "/account/card" })
	void asksToSignInBeforeTheShop(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/signup", "/css/shop.css", "/webjars/bootstrap/5.3.3/css/bootstrap.min.css",
			"/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/actuator/health", "/actuator/health/liveness" })
	void leavesSignUpSignInStaticResourcesAndHealthOpen(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatusOk();
	}

	@Test
	void keepsOtherActuatorEndpointsFromCustomers() {
		Browser browser = new Browser(this.mvc, Addresses.unique());
		var customer = new CustomerFixtures(this.signUp).customer();
		browser.signIn(customer.email(), CustomerFixtures.PASSWORD);

		assertThat(browser.get("/actuator/metrics")).hasStatus(403);
		assertThat(browser.get("/actuator/info")).hasStatus(403);
	}

}
