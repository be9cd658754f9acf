package dev.centraldistribution.distributor.web.admin;

import java.time.Instant;

import dev.centraldistribution.distributor.books.BooksCheck;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's stock page: an offering's available, sold, applied and in-flight units,
 * and the books check's last result; the operator's only. The test reads its own
 * manufacturer's offerings: a shared database may hold more than the page lists.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StockConsoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	BooksCheck books;

	@Test
	void showsEachOfferingsUnitsAndTheBooksCheck() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long manufacturer = offerings.manufacturer("stock", "Stock Tools");
		String sku = offerings.sku("drill");
		OfferingId drill = offerings.offering(manufacturer, sku, "Drill", 12_000, 10);
		this.jdbc.sql("update offering set available = 4, sold_total = 6, applied_total = 5 where id = :id")
			.param("id", drill.value())
			.update();
		OfferingFixtures.recordChange(this.jdbc);
		String unreported = offerings.sku("saw");
		offerings.offering(manufacturer, unreported, "Saw", 2_500, 3);
		this.books.check(Instant.now());

		String code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();

		String page = Browser.page(Operators.signedIn(this.mvc).get("/admin/stock?manufacturer=" + code));

		assertThat(page).contains("Books check", "No negative stock", "One acknowledgement per sub-order",
				"Sold = applied once quiet", "Conservation");
		assertThat(page).containsPattern("data-sku=\"" + sku + "\">\\s*<td><span>Drill</span>[\\s\\S]*?"
				+ "class=\"text-end available\">4</td>[\\s\\S]*?class=\"text-end sold-total\">6</td>\\s*"
				+ "<td class=\"text-end applied\">5</td>\\s*<td class=\"text-end in-flight fw-bold\">1</td>");
		assertThat(page).as("no snapshot reported what the manufacturer applied of the saw")
			.containsPattern("data-sku=\"" + unreported + "\">[\\s\\S]*?<td class=\"text-end applied\">—</td>\\s*"
					+ "<td class=\"text-end in-flight\">—</td>");
	}

	@Test
	void customersGet403AndAnonymousVisitorsSignIn() {
		Browser customer = Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer());
		assertThat(customer.get("/admin/stock")).hasStatus(403);

		Browser anonymous = new Browser(this.mvc, Addresses.unique());
		assertThat(anonymous.get("/admin/stock")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

}
