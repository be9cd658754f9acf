package dev.centraldistribution.distributor.web.cart;

import java.util.List;

import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class AddingBeforeSigningInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	ViewCart viewCart;

	String sku;

	OfferingId drill;

	String dashboardPage;

	@BeforeEach
	void offering() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		this.sku = offerings.sku("drill");
		this.drill = offerings.offering(acme, this.sku, "Drill " + this.sku, 12_000, 5);
		this.dashboardPage = "/dashboard?q=" + this.sku + "&sort=price&size=10&page=1";
	}

	@Test
	void showsTheDashboardToVisitorsWithAddFormsThatLeadToSigningIn() {
		Browser visitor = new Browser(this.mvc, Addresses.unique());

		assertThat(visitor.get("/dashboard?q=" + this.sku)).hasStatusOk()
			.bodyText()
			.contains("Drill " + this.sku, "method=\"get\" action=\"/login\"",
					"name=\"add\" value=\"" + this.drill.value() + "\"", "name=\"continue\" value=\"/dashboard?q=")
			.doesNotContain("action=\"/cart/lines\"", "_csrf", "data-updates-url");
	}

	@Test
	void asksToSignInOrUpCarryingTheProductAlong() {
		Browser visitor = new Browser(this.mvc, Addresses.unique());

		assertThat(visitor.get("/login?add=" + this.drill.value() + "&quantity=2&continue=/dashboard?q%3D" + this.sku))
			.hasStatusOk()
			.bodyText()
			.contains("to put this product in your cart", "name=\"add\" value=\"" + this.drill.value() + "\"",
					"name=\"quantity\" value=\"2\"", "/signup?add=" + this.drill.value() + "&amp;quantity=2");
	}

	@Test
	void signingInAddsTheProductAndReturnsToTheDashboardPage() {
		Customer ada = new CustomerFixtures(this.signUp).customer();
		Browser visitor = new Browser(this.mvc, Addresses.unique());

		MvcTestResult signedIn = visitor.post("/login", "username", ada.email(), "password", CustomerFixtures.PASSWORD,
				"add", String.valueOf(this.drill.value()), "quantity", "2", "continue", this.dashboardPage);

		assertThat(signedIn).hasStatus3xxRedirection().redirectedUrl().isEqualTo(this.dashboardPage);
		assertThat(linesOf(ada.id())).singleElement()
			.satisfies((line) -> assertThat(line.offering().id()).isEqualTo(this.drill))
			.satisfies((line) -> assertThat(line.quantity()).isEqualTo(2));
		assertThat(visitor.get(this.dashboardPage)).hasStatusOk()
			.bodyText()
			.contains("Added to your cart: Drill " + this.sku + " from Acme Tools. Your cart holds 2 of it.",
					"action=\"/cart/lines\"");
	}

	@Test
	void signingUpAddsTheProductAndReturnsToTheDashboardPage() {
		Browser visitor = new Browser(this.mvc, Addresses.unique());
		String email = CustomerFixtures.uniqueEmail();

		MvcTestResult signedUp = visitor.postFromPage("/signup", "/signup", "name", "Newcomer", "email", email,
				"password", CustomerFixtures.PASSWORD, "passwordConfirmation", CustomerFixtures.PASSWORD, "add",
				String.valueOf(this.drill.value()), "quantity", "1", "continue", this.dashboardPage);

		assertThat(signedUp).hasStatus3xxRedirection().redirectedUrl().isEqualTo(this.dashboardPage);
		assertThat(visitor.get("/cart")).hasStatusOk().bodyText().contains("Drill " + this.sku);
	}

	@Test
	void neverLeavesTheShopWhateverTheFormSaysToContinueWith() {
		Customer ada = new CustomerFixtures(this.signUp).customer();

		for (String elsewhere : new String[] { "https://evil.example/dashboard?q=x", "//evil.example/dashboard?q=x",
				"/\\evil.example", "/account/card?q=x", "javascript:alert(1)" }) {
			Browser visitor = new Browser(this.mvc, Addresses.unique());
			assertThat(visitor.post("/login", "username", ada.email(), "password", CustomerFixtures.PASSWORD, "add",
					String.valueOf(this.drill.value()), "quantity", "1", "continue", elsewhere))
				.as(elsewhere)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/dashboard");
		}
	}

	@Test
	void tellsWhenTheProductCouldNotBeAdded() {
		Customer ada = new CustomerFixtures(this.signUp).customer();
		Browser visitor = new Browser(this.mvc, Addresses.unique());

		visitor.post("/login", "username", ada.email(), "password", CustomerFixtures.PASSWORD, "add",
				String.valueOf(this.drill.value()), "quantity", "9", "continue", this.dashboardPage);

		assertThat(linesOf(ada.id())).isEmpty();
		assertThat(visitor.get(this.dashboardPage)).bodyText().contains("Only 5 of Drill " + this.sku);
	}

	private List<CartLine> linesOf(CustomerId customer) {
		return this.viewCart.of(customer).lines();
	}

}
