package dev.centraldistribution.distributor.web.dashboard;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser whose copy of the dashboard is still what the page shows gets {@code 304 Not
 * Modified}; anything the page shows that changed, wherever it changed, and anything of
 * another viewer, gets the whole page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnUnchangedDashboardIsNotSentAgainTests {

	private static final String AVAILABLE = "<td class=\"text-end available\" data-label=\"Available\">%d</td>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String page;

	long acme;

	long drillOffering;

	@BeforeEach
	void offering() {
		OfferingFixtures fixtures = new OfferingFixtures(this.jdbc);
		this.acme = fixtures.manufacturer("acme", "Acme Tools");
		String drill = fixtures.sku("drill");
		this.drillOffering = fixtures.offering(this.acme, drill, "Drill " + drill, 12_000, 5).value();
		this.page = "/dashboard?q=" + drill;
	}

	@Test
	void aCopyThatIsStillCurrentIsNotSentAgain() {
		Browser ada = signedIn("Ada");
		MvcTestResult first = ada.get(this.page);
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(tag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");

		MvcTestResult again = ada.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page);

		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(Browser.page(again)).isEmpty();
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(tag);
	}

	@Test
	void aSaleWrittenByAnotherInstanceMakesANewPageAtOnce() {
		Browser ada = signedIn("Ada");
		MvcTestResult first = ada.get(this.page);
		assertThat(Browser.page(first)).contains(AVAILABLE.formatted(5));
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);

		// What another instance's checkout commits, the sale and the catalogue's count of
		// changes in one transaction: this instance hears of it from the database alone.
		this.transactions.executeWithoutResult((transaction) -> {
			this.jdbc.sql("update offering set available = available - 2, sold_total = sold_total + 2 where id = :id")
				.param("id", this.drillOffering)
				.update();
			this.jdbc.sql("update catalog_change set changes = changes + 1 where slot = 5").update();
		});
		MvcTestResult after = ada.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page);

		assertThat(after).hasStatusOk();
		assertThat(Browser.page(after)).contains(AVAILABLE.formatted(3)).doesNotContain(AVAILABLE.formatted(5));
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);
	}

	@Test
	void aManufacturerThatAnotherInstanceFoundDownIsLeftOutAtOnce() {
		Browser ada = signedIn("Ada");
		MvcTestResult first = ada.get(this.page);
		assertThat(Browser.page(first)).contains(AVAILABLE.formatted(5));
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);

		// The manufacturer's row alone, as another instance's failure detector writes it
		// before its offerings go off sale.
		this.jdbc.sql("update manufacturer set presence_state = 'DOWN' where id = :id").param("id", this.acme).update();
		MvcTestResult after = ada.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page);

		assertThat(after).hasStatusOk();
		assertThat(Browser.page(after)).doesNotContain(AVAILABLE.formatted(5));
	}

	@Test
	void anotherCustomersCopyIsNeverConfirmed() {
		Customer adaAccount = new CustomerFixtures(this.signUp).customer("Ada");
		Customer graceAccount = new CustomerFixtures(this.signUp).customer("Grace");
		Browser ada = signedIn(adaAccount);
		Browser grace = signedIn(graceAccount);
		MvcTestResult adas = ada.get(this.page);
		String adaTag = adas.getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult graces = grace.header(HttpHeaders.IF_NONE_MATCH, adaTag).get(this.page);

		assertThat(graces).hasStatusOk();
		assertThat(graces.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(adaTag);
		assertThat(Browser.page(graces)).contains("title=\"" + graceAccount.email() + "\"")
			.doesNotContain(adaAccount.email());
	}

	@Test
	void aChangedCartCountMakesANewPage() {
		Browser ada = signedIn("Ada");
		MvcTestResult first = ada.get(this.page);
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(ada.post("/cart/lines", "offering", String.valueOf(this.drillOffering), "quantity", "2"))
			.hasStatus3xxRedirection();
		ada.get(this.page); // the notice that the line was added, shown once

		MvcTestResult after = ada.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page);

		assertThat(after).hasStatusOk();
		assertThat(Browser.page(after)).contains("id=\"cart-count\">2</span>");
	}

	@Test
	void aPageWithANoticeIsAlwaysSentAndHasNoTag() {
		Browser ada = signedIn("Ada");
		String tag = ada.get(this.page).getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(ada.post("/cart/lines", "offering", String.valueOf(this.drillOffering), "quantity", "1", "returnTo",
				this.page))
			.hasStatus3xxRedirection();

		MvcTestResult withNotice = ada.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page);

		assertThat(withNotice).hasStatusOk();
		assertThat(Browser.page(withNotice)).contains("id=\"notice\"");
		assertThat(withNotice.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void aVisitorsCopyIsNotSentAgainEither() {
		Browser visitor = new Browser(this.mvc);
		MvcTestResult first = visitor.get(this.page);
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(tag).isNotBlank();
		assertThat(Browser.page(first)).contains("method=\"get\" action=\"/login\"").doesNotContain("_csrf");

		assertThat(visitor.header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(signedIn("Ada").header(HttpHeaders.IF_NONE_MATCH, tag).get(this.page)).hasStatusOk();
	}

	private Browser signedIn(String name) {
		return signedIn(new CustomerFixtures(this.signUp).customer(name));
	}

	/**
	 * Signed in, and past the first page, which stores the session's new CSRF token (that
	 * page gets no tag: the token it carries was not in the session yet).
	 */
	private Browser signedIn(Customer customer) {
		Browser browser = Browser.signedIn(this.mvc, customer);
		assertThat(browser.get(this.page).getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		return browser;
	}

}
