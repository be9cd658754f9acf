package dev.centraldistribution.distributor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.conventions.DocumentedMetrics;
import dev.centraldistribution.conventions.DocumentedMetrics.Series;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.sync.CatalogSync;
import dev.centraldistribution.distributor.web.cart.Shoppers;
import dev.centraldistribution.distributor.web.cart.Shoppers.Shopper;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every distributor series of the README's metrics table is on
 * {@code /actuator/prometheus} after a customer checked out and the manufacturers were
 * pulled (one of them failing): the table is read, so a series renamed in the code or
 * documented without code fails here. The simulator's rows are checked by the simulator's
 * own test.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class EveryDocumentedMetricIsScrapedTests {

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	AddToCart addToCart;

	@Autowired
	CatalogSync sync;

	@Test
	void afterACheckoutAndAPullEveryDocumentedDistributorSeriesIsScraped() throws IOException {
		checkOut();
		// The fixture's manufacturer listens nowhere: its pull fails, which is counted.
		this.sync.pullAll();

		MvcTestResult page = this.mvc.get()
			.uri("/actuator/prometheus")
			.header("Authorization", Operators.basic(Operators.EMAIL, Operators.PASSWORD))
			.exchange();
		assertThat(page).hasStatusOk();
		String scrape = page.getResponse().getContentAsString();
		Files.writeString(Path.of("target/distributor-scrape.txt"), scrape);

		List<Series> documented = DocumentedMetrics.read()
			.stream()
			.filter((series) -> series.application().equals("distributor"))
			.toList();
		assertThat(documented).as("distributor rows of the README's metrics table").hasSizeGreaterThan(10);
		List<String> missing = documented.stream().filter((series) -> !series.isIn(scrape)).map(Series::name).toList();
		assertThat(missing).as("documented in the README, not on /actuator/prometheus (target/distributor-scrape.txt)")
			.isEmpty();
	}

	private void checkOut() throws IOException {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 5);
		Shopper ada = new Shoppers(this.jdbc, this.payments).withCard("Ada");
		this.addToCart.add(ada.id(), drill, 2);
		MvcTestResult summary = this.mvc.get().uri("/checkout").with(ada.signedIn()).exchange();
		assertThat(summary).hasStatusOk();
		Matcher token = TOKEN.matcher(summary.getResponse().getContentAsString());
		assertThat(token.find()).as("a checkout token in the page").isTrue();
		MvcTestResult placed = this.mvc.post()
			.uri("/checkout")
			.with(ada.signedIn())
			.with(csrf())
			.param("token", token.group(1))
			.param("mode", "all")
			.exchange();
		assertThat(placed).hasStatus3xxRedirection().redirectedUrl().startsWith("/orders/");
	}

}
