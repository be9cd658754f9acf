package dev.centraldistribution.distributor.web.cart;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.CartLineId;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.cart.Shoppers.Shopper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class CartPagesTests {

	static final List<String> GARBAGE = List.of("", " ", "abc", "-1", "0", "1.5", "1e3", "99999999999999999999", "٣",
			"２", "<script>alert(1)</script>", "' or 1=1 --", "1; drop table cart_line", "%00", "x".repeat(5_000));

	@Autowired
	SalesElsewhere elsewhere;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	AddToCart addToCart;

	@Autowired
	ViewCart viewCart;

	OfferingFixtures offerings;

	Shoppers shoppers;

	Shopper ada;

	String drillSku;

	OfferingId drill;

	OfferingId saw;

	@BeforeEach
	void shop() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.shoppers = new Shoppers(this.jdbc, this.payments);
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		this.drillSku = this.offerings.sku("drill");
		this.drill = this.offerings.offering(acme, this.drillSku, "Drill " + this.drillSku, 12_000, 5);
		this.saw = this.offerings.offering(acme, this.offerings.sku("saw"), "Saw", 4_500, 300);
		this.ada = this.shoppers.withCard("Ada");
	}

	@Test
	void offersEveryOfferingOnTheDashboardUpToWhatIsAvailable() {
		assertThat(this.mvc.get().uri("/dashboard").param("q", this.drillSku).with(this.ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("action=\"/cart/lines\"", "name=\"offering\" value=\"" + this.drill + "\"", "max=\"5\"",
					"name=\"_csrf\"");
		assertThat(this.mvc.get().uri("/dashboard").param("q", this.drillSku)).hasStatusOk()
			.bodyText()
			.as("before signing in, Add asks to sign in first")
			.contains("action=\"/login\"", "name=\"add\" value=\"" + this.drill + "\"", "max=\"5\"")
			.doesNotContain("action=\"/cart/lines\"");
	}

	@Test
	void addsFromTheDashboardThenShowsTheCartWithItsTotal() {
		assertThat(add(this.ada, this.drill.toString(), "2")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/dashboard")
			.flash()
			.containsEntry("notice",
					"Added to your cart: Drill " + this.drillSku + " from Acme Tools. Your cart holds 2 of it.");
		add(this.ada, this.drill.toString(), "1");

		assertThat(this.mvc.get().uri("/cart").with(this.ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Drill " + this.drillSku, "Acme Tools", "value=\"3\"", "€360.00", "href=\"/checkout\"");
	}

	@Test
	void returnsToTheDashboardPageTheProductWasAddedFromWithItsNotice() throws Exception {
		String page = this.mvc.get()
			.uri("/dashboard")
			.with(this.ada.signedIn())
			.param("q", "Drill " + this.drillSku)
			.param("sort", "price")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher returnTo = Pattern.compile("name=\"returnTo\" value=\"([^\"]+)\"").matcher(page);
		assertThat(returnTo.find()).as("the add-to-cart form says which page it is on").isTrue();
		String expected = "/dashboard?q=Drill%20" + this.drillSku + "&sort=price&size=20&page=1";
		assertThat(HtmlUtils.htmlUnescape(returnTo.group(1))).isEqualTo(expected);

		MvcTestResult added = this.mvc.post()
			.uri("/cart/lines")
			.with(this.ada.signedIn())
			.with(csrf())
			.param("offering", this.drill.toString())
			.param("quantity", "1")
			.param("returnTo", expected)
			.exchange();

		assertThat(added).hasRedirectedUrl(expected);
		assertThat(this.mvc.get()
			.uri(URI.create(expected))
			.with(this.ada.signedIn())
			.cookie(added.getResponse().getCookie("FLASH"))).hasStatusOk()
			.bodyText()
			.contains("Added to your cart: Drill " + this.drillSku);
	}

	@Test
	void refusesMoreThanIsAvailableWithAClearMessageShownOnTheDashboard() {
		add(this.ada, this.drill.toString(), "4");

		MvcTestResult refused = add(this.ada, this.drill.toString(), "2");

		String message = "Only 5 of Drill " + this.drillSku
				+ " from Acme Tools are available. Your cart holds 4 of it already.";
		assertThat(refused).hasStatus3xxRedirection().flash().containsEntry("problem", message);
		assertThat(quantities(this.ada)).containsExactly(4);
		Cookie notice = refused.getResponse().getCookie("FLASH");
		assertThat(notice).isNotNull();
		assertThat(this.mvc.get().uri("/dashboard").with(this.ada.signedIn()).cookie(notice)).hasStatusOk()
			.bodyText()
			.contains(message);
	}

	@Test
	void answersGarbageInTheAddFormWithAMessageAndChangesNothing() {
		for (String garbage : GARBAGE) {
			assertThat(add(this.ada, garbage, "1")).as(garbage)
				.hasStatus3xxRedirection()
				.flash()
				.containsEntry("problem", "That product is not on offer.");
			assertThat(add(this.ada, this.saw.toString(), garbage)).as(garbage)
				.hasStatus3xxRedirection()
				.flash()
				.containsKey("problem");
		}
		assertThat(this.mvc.post().uri("/cart/lines").with(this.ada.signedIn()).with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsKey("problem");
		assertThat(add(this.ada, String.valueOf(Long.MAX_VALUE), "1")).flash()
			.containsEntry("problem", "That product is not on offer.");
		assertThat(add(this.ada, this.saw.toString(), "101")).flash()
			.containsEntry("problem", "You can have at most 100 units of Saw from Acme Tools in your cart.");
		assertThat(this.viewCart.of(this.ada.id()).isEmpty()).isTrue();
		assertThat(this.jdbc.sql("select available from offering where id = :id")
			.param("id", this.saw.value())
			.query(Long.class)
			.single()).isEqualTo(300);
	}

	@Test
	void changesAndRemovesLinesOfTheCustomersOwnCartOnly() {
		Shopper bob = this.shoppers.withCard("Bob");
		this.addToCart.add(this.ada.id(), this.drill, 1);
		this.addToCart.add(bob.id(), this.drill, 2);
		CartLineId adas = this.viewCart.of(this.ada.id()).lines().get(0).id();
		CartLineId bobs = this.viewCart.of(bob.id()).lines().get(0).id();

		assertThat(change(this.ada, adas.toString(), "3")).hasRedirectedUrl("/cart")
			.flash()
			.containsEntry("notice", "Drill " + this.drillSku + " from Acme Tools: your cart holds 3 now.");
		assertThat(change(this.ada, adas.toString(), "6")).flash()
			.containsEntry("problem", "Only 5 of Drill " + this.drillSku
					+ " from Acme Tools are available. Your cart holds 3 of it already.");
		assertThat(change(this.ada, bobs.toString(), "1")).flash()
			.containsEntry("problem", "That product is no longer in your cart.");
		assertThat(remove(this.ada, bobs.toString())).flash()
			.containsEntry("problem", "That product is no longer in your cart.");
		for (String garbage : GARBAGE) {
			assertThat(change(this.ada, adas.toString(), garbage)).as(garbage).flash().containsKey("problem");
			assertRefused(change(this.ada, garbage, "1"), garbage);
			assertRefused(remove(this.ada, garbage), garbage);
		}
		assertThat(quantities(this.ada)).containsExactly(3);
		assertThat(quantities(bob)).containsExactly(2);

		assertThat(remove(this.ada, adas.toString())).hasRedirectedUrl("/cart")
			.flash()
			.containsEntry("notice", "Removed Drill " + this.drillSku + " from Acme Tools from your cart.");
		assertThat(this.viewCart.of(this.ada.id()).isEmpty()).isTrue();
		assertThat(quantities(bob)).containsExactly(2);
	}

	@Test
	void flagsLinesThatRanShortAndFitsTheCartOnRequest() {
		OfferingId hammer = this.offerings.offering(this.offerings.manufacturer("globex", "Globex"),
				this.offerings.sku("hammer"), "Hammer", 900, 1);
		this.addToCart.add(this.ada.id(), this.drill, 4);
		this.addToCart.add(this.ada.id(), hammer, 1);
		this.elsewhere.sell(this.drill, 3);
		this.elsewhere.sell(hammer, 1);

		assertThat(this.mvc.get().uri("/cart").with(this.ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Only 2 left", "Sold out", "Fit my cart to what is available");

		assertThat(this.mvc.post().uri("/cart/fit").with(this.ada.signedIn()).with(csrf())).hasRedirectedUrl("/cart");
		assertThat(quantities(this.ada)).containsExactly(2);
	}

	@Test
	void escapesProductAndManufacturerNames() {
		long evil = this.offerings.manufacturer("evil", "<b>Evil</b> Corp");
		OfferingId script = this.offerings.offering(evil, this.offerings.sku("xss"), "<script>alert(1)</script>", 100,
				3);
		this.addToCart.add(this.ada.id(), script, 1);

		assertThat(this.mvc.get().uri("/cart").with(this.ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Evil&lt;/b&gt; Corp")
			.doesNotContain("<script>alert(1)</script>", "<b>Evil</b>");
		assertThat(add(this.ada, script.toString(), "9")).flash()
			.containsEntry("problem", "Only 3 of <script>alert(1)</script> from <b>Evil</b> Corp are available."
					+ " Your cart holds 1 of it already.");
	}

	@Test
	void refusesFormsWithoutCsrfTokenAndStrangers() {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		CartLineId line = this.viewCart.of(this.ada.id()).lines().get(0).id();

		assertThat(this.mvc.post()
			.uri("/cart/lines")
			.with(this.ada.signedIn())
			.param("offering", this.saw.toString())
			.param("quantity", "1")).hasStatus(403);
		assertThat(this.mvc.post().uri("/cart/lines/" + line).with(this.ada.signedIn()).param("quantity", "3"))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/cart/lines/" + line + "/remove").with(this.ada.signedIn())).hasStatus(403);
		assertThat(this.mvc.post().uri("/cart/fit").with(this.ada.signedIn())).hasStatus(403);
		assertThat(this.mvc.get().uri("/cart")).hasStatus3xxRedirection();
		assertThat(quantities(this.ada)).containsExactly(1);
	}

	private MvcTestResult add(Shopper shopper, String offering, String quantity) {
		return this.mvc.post()
			.uri("/cart/lines")
			.with(shopper.signedIn())
			.with(csrf())
			.param("offering", offering)
			.param("quantity", quantity)
			.exchange();
	}

	private MvcTestResult change(Shopper shopper, String line, String quantity) {
		return this.mvc.post()
			.uri("/cart/lines/{line}", line)
			.with(shopper.signedIn())
			.with(csrf())
			.param("quantity", quantity)
			.exchange();
	}

	private MvcTestResult remove(Shopper shopper, String line) {
		return this.mvc.post().uri("/cart/lines/{line}/remove", line).with(shopper.signedIn()).with(csrf()).exchange();
	}

	/**
	 * Refused with a message, or turned away before it reaches the shop (the firewall
	 * answers 400 to semicolons and encoded slashes in paths): never a server error.
	 */
	static void assertRefused(MvcTestResult result, String garbage) {
		int status = result.getResponse().getStatus();
		if (status == 302) {
			assertThat(result.getMvcResult().getFlashMap().get("problem")).as(garbage).isNotNull();
		}
		else {
			assertThat(status).as(garbage).isBetween(400, 499);
		}
	}

	private List<Integer> quantities(Shopper shopper) {
		return this.viewCart.of(shopper.id()).lines().stream().map(CartLine::quantity).toList();
	}

}
