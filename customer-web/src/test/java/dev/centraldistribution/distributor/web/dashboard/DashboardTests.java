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

@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	OfferingFixtures fixtures;

	Customer customer;

	String drill;

	@BeforeEach
	void offerings() {
		this.customer = new CustomerFixtures(this.signUp).customer();
		this.fixtures = new OfferingFixtures(this.jdbc);
		long acme = this.fixtures.manufacturer("acme", "Acme Tools");
		long globex = this.fixtures.manufacturer("globex", "Globex <b>Industrial</b>");
		this.drill = this.fixtures.sku("drill");
		this.fixtures.offering(acme, this.drill, "Drill " + this.drill, 12_000, 5);
		this.fixtures.offering(globex, this.drill, "Drill " + this.drill, 9_950, 2);
		this.fixtures.offering(acme, this.fixtures.sku("gone"), "Sold out " + this.drill, 100, 0);
	}

	@Test
	void listsOfferingsWithManufacturerNamePriceAndQuantity() {
		assertThat(this.mvc.get().uri("/dashboard").with(SignedIn.as(this.customer)).param("q", this.drill))
			.hasStatusOk()
			.bodyText()
			.contains("Acme Tools", "€120.00", "€99.50", "data-sku=\"" + this.drill + "\"")
			.doesNotContain("Sold out");
	}

	@Test
	void pagesThroughProductsKeepingSearchAndSort() {
		long initech = this.fixtures.manufacturer("initech", "Initech");
		this.fixtures.offering(initech, this.fixtures.sku("saw"), "Saw " + this.drill, 4_000, 9);

		assertThat(this.mvc.get()
			.uri("/dashboard")
			.with(SignedIn.as(this.customer))
			.param("q", this.drill)
			.param("sort", "price")
			.param("size", "1")).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 2", "Saw " + this.drill,
					"/dashboard?q=" + this.drill + "&amp;sort=price&amp;size=1&amp;page=2")
			.doesNotContain("Drill " + this.drill + "</a></h2>");
	}

	@Test
	void escapesMarkupFromManufacturers() {
		assertThat(this.mvc.get().uri("/dashboard").with(SignedIn.as(this.customer)).param("q", this.drill))
			.hasStatusOk()
			.bodyText()
			.contains("Globex &lt;b&gt;Industrial&lt;/b&gt;")
			.doesNotContain("<b>Industrial</b>");
	}

	@Test
	void saysInWordsThatAManufacturerIsNotAnsweringAndDoesNotSellItsGoods() {
		long initech = this.fixtures.manufacturer("initech", "Initech");
		OfferingId hammer = this.fixtures.offering(initech, this.fixtures.sku("hammer"), "Hammer " + this.drill, 2_000,
				4);
		this.fixtures.state(initech, ManufacturerState.SUSPECT);

		assertThat(this.mvc.get().uri("/dashboard").param("q", "Hammer " + this.drill)).hasStatusOk()
			.bodyText()
			.contains("Initech", "Not answering since ", ": not on sale until it is back")
			.containsPattern(
					"data-offering-id=\"" + hammer + "\"(?s:.*?)<input[^>]*disabled(?s:.*?)<button[^>]*disabled");
	}

	@Test
	void escapesTheSearchTextItEchoes() {
		assertThat(this.mvc.get()
			.uri("/dashboard")
			.with(SignedIn.as(this.customer))
			.param("q", "\"><script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void fallsBackToDefaultsOnNonsenseParameters() {
		assertThat(this.mvc.get()
			.uri("/dashboard")
			.with(SignedIn.as(this.customer))
			.param("q", this.drill)
			.param("page", "abc")
			.param("size", "-5")
			.param("sort", "'; drop table offering; --")).hasStatusOk().bodyText().contains("Acme Tools");
		assertThat(
				this.mvc.get().uri("/dashboard").with(SignedIn.as(this.customer)).param("page", "99999999999999999999"))
			.hasStatusOk();
	}

	@Test
	void showsTheLastPageWhenAskedForOneBeyondIt() {
		assertThat(this.mvc.get()
			.uri("/dashboard")
			.with(SignedIn.as(this.customer))
			.param("q", this.drill)
			.param("page", "7")).hasStatusOk().bodyText().contains("Acme Tools");
	}

	@Test
	void leadsFromTheHomePageToTheDashboardWhichAnyoneMaySee() {
		assertThat(this.mvc.get().uri("/")).hasStatus3xxRedirection().hasRedirectedUrl("/dashboard");
		assertThat(this.mvc.get().uri("/dashboard").param("q", this.drill)).hasStatusOk()
			.bodyText()
			.contains("Acme Tools", "€120.00", "Sign in");
	}

}
