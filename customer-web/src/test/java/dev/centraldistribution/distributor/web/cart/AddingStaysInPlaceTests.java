package dev.centraldistribution.distributor.web.cart;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class AddingStaysInPlaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	Customer ada;

	String sku;

	OfferingId drill;

	@BeforeEach
	void offering() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		this.sku = offerings.sku("drill");
		this.drill = offerings.offering(acme, this.sku, "Drill " + this.sku, 12_000, 5);
		this.ada = new CustomerFixtures(this.signUp).customer();
	}

	@Test
	void answersHtmxWithTheNoticeAndTheNewCountOnly() {
		add(2);

		assertThat(this.mvc.post()
			.uri("/cart/lines")
			.header("HX-Request", "true")
			.with(SignedIn.as(this.ada))
			.with(csrf())
			.param("offering", String.valueOf(this.drill.value()))
			.param("quantity", "1")).hasStatusOk()
			.bodyText()
			.contains("Added to your cart: Drill " + this.sku + " from Acme Tools. Your cart holds 3 of it.",
					"id=\"cart-count\" hx-swap-oob=\"true\">3</span>")
			.doesNotContain("<html", "<nav");
	}

	@Test
	void answersHtmxWithTheProblemWhenNothingWasAdded() {
		assertThat(this.mvc.post()
			.uri("/cart/lines")
			.header("HX-Request", "true")
			.with(SignedIn.as(this.ada))
			.with(csrf())
			.param("offering", String.valueOf(this.drill.value()))
			.param("quantity", "6")).hasStatusOk()
			.bodyText()
			.contains("Only 5 of Drill " + this.sku, "<span role=\"alert\">", ">0</span>");
	}

	@Test
	void stillRedirectsAPlainForm() {
		assertThat(add(1)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/dashboard");
	}

	@Test
	void refusesHtmxWithoutACsrfToken() {
		assertThat(this.mvc.post()
			.uri("/cart/lines")
			.header("HX-Request", "true")
			.with(SignedIn.as(this.ada))
			.param("offering", String.valueOf(this.drill.value()))
			.param("quantity", "1")).hasStatus(403);
	}

	@Test
	void givesTheDashboardsAddFormsToHtmxWithTheirCsrfToken() {
		assertThat(this.mvc.get().uri("/dashboard").param("q", this.sku).with(SignedIn.as(this.ada))).hasStatusOk()
			.bodyText()
			.contains("hx-post=\"/cart/lines\"", "hx-target=\"#cart-feedback\"", "name=\"_csrf\"",
					"id=\"cart-feedback\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard", "/cart", "/account", "/account/card", "/orders" })
	void showsTheCartsCountInTheHeaderOfEveryPage(String page) {
		add(2);
		add(1);

		assertThat(this.mvc.get().uri(page).with(SignedIn.as(this.ada))).hasStatusOk()
			.bodyText()
			.contains("id=\"cart-count\">3</span>");
	}

	@Test
	void showsNoCartToVisitorsWhoHaveNotSignedIn() {
		assertThat(this.mvc.get().uri("/dashboard")).hasStatusOk().bodyText().doesNotContain("cart-count");
	}

	private MvcTestResult add(int quantity) {
		return this.mvc.post()
			.uri("/cart/lines")
			.with(SignedIn.as(this.ada))
			.with(csrf())
			.param("offering", String.valueOf(this.drill.value()))
			.param("quantity", String.valueOf(quantity))
			.exchange();
	}

}
