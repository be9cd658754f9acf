package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's manufacturers page: the operator sees each manufacturer and pauses and
 * resumes its sale with a form that carries a CSRF token; customers and anonymous
 * visitors neither see nor act.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ManufacturersConsoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	String code;

	OfferingId drill;

	@BeforeEach
	void anAliveManufacturerWithAnOffering() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("console", "Console Tools");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
		this.drill = offerings.offering(manufacturer, offerings.sku("drill"), "Drill", 12_000, 5);
	}

	@Test
	void theOperatorSeesEachManufacturerWithItsStateAndButtons() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.get("/admin/manufacturers")).hasStatusOk()
			.bodyText()
			.contains("Console Tools", this.code, "alive", "1 (1 on sale)", "Pull now", "Pause selling",
					"/admin/manufacturers/" + this.code + "/pause", "name=\"_csrf\"", "href=\"/admin/stock\"");
	}

	@Test
	void theOperatorPausesAndResumesSelling() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.postFromPage("/admin/manufacturers", "/admin/manufacturers/" + this.code + "/pause"))
			.hasRedirectedUrl("/admin/manufacturers");
		assertThat(onSale()).isFalse();
		assertThat(operator.get("/admin/manufacturers")).bodyText()
			.contains("Selling " + this.code + " is paused: 1 offering(s) taken off sale.", "sale paused since",
					"/admin/manufacturers/" + this.code + "/resume");

		assertThat(operator.postFromPage("/admin/manufacturers", "/admin/manufacturers/" + this.code + "/resume"))
			.hasRedirectedUrl("/admin/manufacturers");
		assertThat(onSale()).isTrue();
		assertThat(operator.get("/admin/manufacturers")).bodyText()
			.contains("Selling " + this.code + " resumed: 1 offering(s) back on sale.");
	}

	@Test
	void pullNowSaysThePullStarted() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.postFromPage("/admin/manufacturers", "/admin/manufacturers/" + this.code + "/pull"))
			.hasRedirectedUrl("/admin/manufacturers");
		assertThat(operator.get("/admin/manufacturers")).bodyText().contains("A pull of " + this.code + " started");
	}

	@Test
	void anUnknownManufacturerIsSaidSo() {
		Browser operator = Operators.signedIn(this.mvc);

		operator.postFromPage("/admin/manufacturers", "/admin/manufacturers/no-such-code/pause");

		assertThat(operator.get("/admin/manufacturers")).bodyText()
			.contains("No manufacturer has the code no-such-code.");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.postWithoutCsrfToken("/admin/manufacturers/" + this.code + "/pause")).hasStatus(403);
		assertThat(operator.postWithoutCsrfToken("/admin/manufacturers/" + this.code + "/resume")).hasStatus(403);
		assertThat(operator.postWithoutCsrfToken("/admin/manufacturers/" + this.code + "/pull")).hasStatus(403);
		assertThat(onSale()).isTrue();
	}

	@Test
	void customersGet403AndCannotPause() {
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());

		assertThat(customer.get("/admin/manufacturers")).hasStatus(403);
		assertThat(customer.post("/admin/manufacturers/" + this.code + "/pause")).hasStatus(403);
		assertThat(customer.post("/admin/manufacturers/" + this.code + "/pull")).hasStatus(403);
		assertThat(onSale()).isTrue();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		Browser anonymous = new Browser(this.mvc, Addresses.unique());

		assertThat(anonymous.get("/admin/manufacturers")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(anonymous.post("/admin/manufacturers/" + this.code + "/pause")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(onSale()).isTrue();
	}

	private boolean onSale() {
		return this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", this.drill.value())
			.query(Boolean.class)
			.single();
	}

}
