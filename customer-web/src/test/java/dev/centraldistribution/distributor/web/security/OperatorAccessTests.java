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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator signs in on the customers' page and has the console and the metrics;
 * customers have neither; the operator has no shop.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Test
	void theOperatorSignsInOnTheSignInPageAndLandsOnTheConsole() {
		Browser browser = new Browser(this.mvc, Addresses.unique());

		assertThat(browser.signIn(Operators.EMAIL.toUpperCase(), Operators.PASSWORD)).hasRedirectedUrl("/admin");

		assertThat(browser.get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Operator console", Operators.EMAIL, "Sign out")
			.doesNotContain("href=\"/cart\"", "href=\"/orders\"");
		assertThat(browser.get("/login")).hasRedirectedUrl("/admin");
		assertThat(browser.get("/signup")).hasRedirectedUrl("/admin");
		assertThat(browser.get("/")).hasRedirectedUrl("/admin");
	}

	@Test
	void anOperatorAskedToSignInReturnsToTheConsolePageItAskedFor() {
		Browser browser = new Browser(this.mvc, Addresses.unique());
		assertThat(browser.get("/admin")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");

		assertThat(browser.signIn(Operators.EMAIL, Operators.PASSWORD)).redirectedUrl().contains("/admin");
	}

	@Test
	void anOperatorSentToSignInFromAShopPageLandsOnTheConsole() {
		Browser browser = new Browser(this.mvc, Addresses.unique());
		assertThat(browser.get("/cart")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");

		assertThat(browser.signIn(Operators.EMAIL, Operators.PASSWORD)).hasRedirectedUrl("/admin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cart", "/checkout", "/orders", "/account", "/account/card", "/dashboard/updates" })
	void theOperatorHasNoShop(String page) {
		assertThat(Operators.signedIn(this.mvc).get(page)).hasStatus(403);
	}

	@Test
	void theOperatorCannotFillACart() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.post("/cart/lines", "offering", "1", "quantity", "1")).hasStatus(403);
		assertThat(operator.post("/checkout", "token", "x", "mode", "all")).hasStatus(403);
	}

	@Test
	void customersGet403OnTheConsoleAndTheMetrics() {
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());

		assertThat(customer.get("/admin")).hasStatus(403);
		assertThat(customer.get("/actuator/prometheus")).hasStatus(403);
		assertThat(customer.get("/actuator/metrics")).hasStatus(403);
	}

	@Test
	void anonymousVisitorsAreSentToSignInForTheConsoleAndAskedForBasicForTheMetrics() {
		Browser anonymous = new Browser(this.mvc, Addresses.unique());

		assertThat(anonymous.get("/admin")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		MvcTestResult metrics = anonymous.get("/actuator/prometheus");
		assertThat(metrics).hasStatus(401);
		assertThat(metrics.getResponse().getHeader("WWW-Authenticate"))
			.startsWith("Basic realm=\"Central Distribution\"");
		assertThat(anonymous.get("/actuator/health")).hasStatusOk();
	}

	@Test
	void aScraperReadsTheMetricsWithHttpBasicAndGetsNoSession() {
		Browser scraper = new Browser(this.mvc, Addresses.unique()).header("Authorization",
				Operators.basic(Operators.EMAIL, Operators.PASSWORD));

		MvcTestResult metrics = scraper.get("/actuator/prometheus");

		assertThat(metrics).hasStatusOk().bodyText().contains("# TYPE jvm_memory_used_bytes gauge");
		assertThat(metrics.getResponse().getCookies()).isEmpty();
		assertThat(scraper.sessionCookie()).isNull();
	}

	@Test
	void aWrongBasicPasswordIsRefusedAndCounted() {
		Browser guesser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 6; failure++) {
			guesser.header("Authorization", Operators.basic(Operators.EMAIL, "guess " + failure));
			assertThat(guesser.get("/actuator/prometheus")).hasStatus(401);
		}

		guesser.header("Authorization", Operators.basic(Operators.EMAIL, Operators.PASSWORD));
		assertThat(guesser.get("/actuator/prometheus")).as("the right password waits too").hasStatus(401);

		Browser scraper = new Browser(this.mvc, Addresses.unique()).header("Authorization",
				Operators.basic(Operators.EMAIL, Operators.PASSWORD));
		assertThat(scraper.get("/actuator/prometheus")).hasStatusOk();
	}

	@Test
	void theOperatorSignedInInTheBrowserReadsTheMetricsToo() {
		assertThat(Operators.signedIn(this.mvc).get("/actuator/prometheus")).hasStatusOk();
	}

}
