package dev.centraldistribution.distributor.web.dashboard;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.web.security.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's own page: open to anyone, every manufacturer's offer with its state in
 * words, sold out said so, what the catalogues say escaped; and the dashboard filtered by
 * category.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProductPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	OfferingFixtures fixtures;

	String drill;

	String category;

	long initech;

	OfferingId suspectDrill;

	@BeforeEach
	void offerings() {
		this.fixtures = new OfferingFixtures(this.jdbc);
		long acme = this.fixtures.manufacturer("acme", "Acme Tools");
		this.initech = this.fixtures.manufacturer("initech", "Initech");
		this.drill = this.fixtures.sku("drill");
		this.category = "tools " + this.drill;
		this.fixtures.offering(acme, this.drill, "Drill " + this.drill, 12_000, 5);
		this.suspectDrill = this.fixtures.offering(this.initech, this.drill, "Drill " + this.drill, 9_950, 2);
		this.jdbc.sql("update offering set description = :text, category = :category where sku = :sku")
			.param("text", "Two speeds <script>alert(1)</script> & a case.")
			.param("category", this.category)
			.param("sku", this.drill)
			.update();
		OfferingFixtures.recordChange(this.jdbc);
	}

	@Test
	void showsEveryOfferWithItsStateAndTheDescriptionAsTextToAnyone() {
		this.fixtures.state(this.initech, ManufacturerState.SUSPECT);

		assertThat(this.mvc.get().uri("/products/" + this.drill)).hasStatusOk()
			.bodyText()
			.contains("Drill " + this.drill, "Acme Tools", "€120.00", "Initech", "€99.50",
					"Two speeds &lt;script&gt;alert(1)&lt;/script&gt; &amp; a case.", "Answering: on sale",
					"Not answering since ", ": not on sale until it is back", ">" + this.category + "<", "Sign in")
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContainPattern("data-offering-id=\"" + this.suspectDrill + "\"(?s:[^/]*?)<button");
	}

	@Test
	void saysSoldOutWhenNoManufacturerHasAnyLeft() {
		String saw = this.fixtures.sku("saw");
		this.fixtures.offering(this.initech, saw, "Saw " + saw, 4_000, 0);

		assertThat(this.mvc.get().uri("/products/" + saw)).hasStatusOk()
			.bodyText()
			.contains("Sold out: no manufacturer has any left", "Saw " + saw)
			.doesNotContain("<button class=\"btn btn-sm btn-outline-primary\" type=\"submit\">Add</button>");
		assertThat(this.mvc.get().uri("/dashboard").param("q", saw)).hasStatusOk()
			.bodyText()
			.doesNotContain("Saw " + saw);
	}

	@Test
	void letsACustomerAddFromItAndComeBackToIt() {
		Customer ada = new CustomerFixtures(this.signUp).customer();

		assertThat(this.mvc.get().uri("/products/" + this.drill).with(SignedIn.as(ada))).hasStatusOk()
			.bodyText()
			.contains("hx-post=\"/cart/lines\"", "name=\"returnTo\" value=\"/products/" + this.drill + "\"",
					"data-updates-url=\"/dashboard/updates\"")
			.containsPattern("src=\"/js/dashboard-updates-[0-9a-f]{32}\\.js\"");
		assertThat(this.mvc.get().uri("/products/" + this.drill)).as("a visitor: no stream, it is the customers'")
			.bodyText()
			.doesNotContain("data-updates-url");
		assertThat(this.mvc.post()
			.uri("/cart/lines")
			.with(SignedIn.as(ada))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("offering",
					String
						.valueOf(this.jdbc.sql("select id from offering where sku = :sku and unit_price_cents = 12000")
							.param("sku", this.drill)
							.query(Long.class)
							.single()))
			.param("quantity", "1")
			.param("returnTo", "/products/" + this.drill)).hasRedirectedUrl("/products/" + this.drill);
	}

	@Test
	void answersNotFoundForAProductNobodyOffers() {
		assertThat(this.mvc.get().uri("/products/NOBODY-MAKES-" + this.drill)).hasStatus(404);
	}

	@Test
	void filtersTheDashboardByCategoryAndOffersTheCategories() {
		String saw = this.fixtures.sku("saw");
		this.fixtures.offering(this.fixtures.manufacturer("globex", "Globex"), saw, "Saw " + this.drill, 4_000, 3);

		assertThat(this.mvc.get().uri("/dashboard").param("q", this.drill).param("category", this.category))
			.hasStatusOk()
			.bodyText()
			.contains("Drill " + this.drill, "<option value=\"" + this.category + "\" selected=\"selected\"")
			.doesNotContain("Saw " + this.drill);
		assertThat(this.mvc.get().uri("/dashboard").param("q", this.drill)).hasStatusOk()
			.bodyText()
			.contains("Drill " + this.drill, "Saw " + this.drill, "/products/" + this.drill);
	}

}
