package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's shared parts (search form, product cards, pager) are rendered once per
 * distinct page and reused, yet every page shows the current quantities and carries its
 * own session's CSRF token, and only in its CSRF fields, whatever the products are
 * called.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedFragmentsAreRenderedOncePerPageTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharedFragments fragments;

	String drill;

	long drillOffering;

	@BeforeEach
	void offering() {
		OfferingFixtures fixtures = new OfferingFixtures(this.jdbc);
		long acme = fixtures.manufacturer("acme", "Acme Tools");
		this.drill = fixtures.sku("drill");
		this.drillOffering = fixtures.offering(acme, this.drill, "Drill " + this.drill, 12_000, 5).value();
	}

	@Test
	void everyFormCarriesTheTokenOfItsOwnSessionAndIsAccepted() {
		Browser ada = signedIn("Ada");
		Browser grace = signedIn("Grace");

		String adaPage = Browser.page(ada.get("/dashboard?q=" + this.drill));
		String gracePage = Browser.page(grace.get("/dashboard?q=" + this.drill));

		// The sign-out form and the offering's add-to-cart form, with the same token.
		assertThat(tokensIn(adaPage)).hasSize(2).containsOnly(tokensIn(adaPage).get(0));
		assertThat(tokensIn(gracePage)).hasSize(2).containsOnly(tokensIn(gracePage).get(0));
		assertThat(tokensIn(adaPage).get(0)).isNotEqualTo(tokensIn(gracePage).get(0));
		assertThat(adaPage).contains(
				"<form id=\"add-" + this.drillOffering + "\" method=\"post\" action=\"/cart/lines\"",
				"form=\"add-" + this.drillOffering + "\"");
		assertThat(ada.postFromPage("/dashboard?q=" + this.drill, "/cart/lines", "offering",
				String.valueOf(this.drillOffering), "quantity", "1"))
			.hasStatus3xxRedirection();
		assertThat(Browser.page(ada.get("/cart"))).contains("Drill " + this.drill);
	}

	@Test
	void aProductNamedLikeAPlaceholderShowsItsNameAndNoToken() {
		OfferingFixtures fixtures = new OfferingFixtures(this.jdbc);
		long mallory = fixtures.manufacturer("mallory", "Mallory Supplies");
		String search = fixtures.sku("marker");
		// The name the cache's old marker had, and a few more a splice could look for.
		String name = search + " __csrf-token-of-the-request__ _csrf ${_csrf.token} [[${_csrf}]]";
		long offering = fixtures.offering(mallory, search, name, 100, 5).value();
		Browser ada = signedIn("Ada");
		Browser grace = signedIn("Grace");
		String graceToken = tokensIn(Browser.page(grace.get("/dashboard?q=" + this.drill))).get(0);

		String page = Browser.page(ada.get("/dashboard?q=" + search));

		String token = tokensIn(page).get(0);
		assertThat(page).contains(HtmlUtils.htmlEscape(name)).doesNotContain(graceToken);
		assertThat(tokensIn(page)).as("the sign-out form and the offering's form").hasSize(2).containsOnly(token);
		assertThat(page.split(Pattern.quote(token), -1)).as("the token only in the two CSRF fields").hasSize(3);
		assertThat(page).contains("form=\"add-" + offering + "\"");
		assertThat(attributeValues(page, "href|action|value|src|data-[a-z-]+"))
			.filteredOn((value) -> !value.equals(token))
			.noneMatch((value) -> value.contains(token));
		assertThat(ada.postFromPage("/dashboard?q=" + search, "/cart/lines", "offering", String.valueOf(offering),
				"quantity", "1", "returnTo", "/dashboard?q=" + search))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.doesNotContain(token);
	}

	@Test
	void rendersAPageOnceWhileItsContentStaysTheSame() {
		Browser ada = signedIn("Ada");
		ada.get("/dashboard?q=" + this.drill);
		int kept = this.fragments.size();

		for (int i = 0; i < 3; i++) {
			assertThat(ada.get("/dashboard?q=" + this.drill)).hasStatusOk();
		}

		assertThat(this.fragments.size()).isEqualTo(kept);
	}

	@Test
	void showsANewQuantityAtOnce() {
		Browser ada = signedIn("Ada");
		assertThat(Browser.page(ada.get("/dashboard?q=" + this.drill)))
			.contains("<td class=\"text-end available\" data-label=\"Available\">5</td>");

		this.jdbc.sql("update offering set available = 3 where id = :id").param("id", this.drillOffering).update();
		OfferingFixtures.recordChange(this.jdbc);

		assertThat(Browser.page(ada.get("/dashboard?q=" + this.drill)))
			.contains("<td class=\"text-end available\" data-label=\"Available\">3</td>")
			.doesNotContain("<td class=\"text-end available\" data-label=\"Available\">5</td>");
	}

	private Browser signedIn(String name) {
		return Browser.signedIn(this.mvc, new CustomerFixtures(this.signUp).customer(name));
	}

	private static List<String> attributeValues(String page, String names) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\s(?:" + names + ")=\"([^\"]*)\"").matcher(page);
		while (matcher.find()) {
			values.add(HtmlUtils.htmlUnescape(matcher.group(1)));
		}
		return values;
	}

	private static List<String> tokensIn(String page) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = CSRF_FIELD.matcher(page);
		while (matcher.find()) {
			tokens.add(matcher.group(1));
		}
		return tokens;
	}

}
