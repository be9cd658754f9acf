package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's overview: its live figures and charts, drawn by the server, and the same
 * part alone for the page to swap in every few seconds; the operator's only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverviewConsoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Test
	void theOverviewShowsTheFiguresAndTwoChartsOfAnHourOfMinutes() {
		String page = Browser.page(Operators.signedIn(this.mvc).get("/admin"));

		assertThat(page).contains("Orders today", "Waiting for manufacturers", "Outbox backlog", "Sales cycle",
				"Checkouts per minute", "Shortages per minute", "Dead-lettered purchases", "Past cycles",
				"Prices held for review", "href=\"/admin/manufacturers\"", "href=\"/admin/stock\"");
		assertThat(page.split("<rect ", -1)).as("60 bars per chart").hasSize(2 * 60 + 1);
		assertThat(page).contains("hx-get=\"/admin/live\"", "hx-trigger=\"every 5s\"").doesNotContain("<script>");
	}

	@Test
	void theLivePartComesAloneForThePageToSwapIn() {
		String live = Browser.page(Operators.signedIn(this.mvc).get("/admin/live"));

		assertThat(live).startsWith("<section").contains("id=\"live\"", "Checkouts per minute").doesNotContain("<html");
	}

	@Test
	void customersGet403AndAnonymousVisitorsSignIn() {
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());
		assertThat(customer.get("/admin/live")).hasStatus(403);

		Browser anonymous = new Browser(this.mvc, Addresses.unique());
		assertThat(anonymous.get("/admin/live")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

}
