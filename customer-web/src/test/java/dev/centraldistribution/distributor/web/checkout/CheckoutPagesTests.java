package dev.centraldistribution.distributor.web.checkout;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.web.cart.Shoppers;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class CheckoutPagesTests {

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

	static final Pattern ORDER = Pattern.compile("/orders/(\\d+)");

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

	OfferingId drill;

	OfferingId saw;

	@BeforeEach
	void shop() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.shoppers = new Shoppers(this.jdbc, this.payments);
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		this.drill = this.offerings.offering(acme, this.offerings.sku("drill"), "Drill", 12_000, 5);
		this.saw = this.offerings.offering(acme, this.offerings.sku("saw"), "Saw", 4_500, 3);
		this.ada = this.shoppers.withCard("Ada");
	}

	@Test
	void showsTheSummaryThenPlacesTheOrderAndShowsIt() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 2);

		MvcTestResult summary = this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange();
		assertThat(summary).hasStatusOk()
			.bodyText()
			.contains("Drill", "Acme Tools", "€240.00", "Visa •••• 4242", "Place order");
		MvcTestResult placed = submit(this.ada, tokenIn(summary), "all");

		assertThat(placed).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "Thank you! Your order is placed.");
		long order = orderIn(placed);
		assertThat(this.mvc.get().uri("/orders/{id}", order).with(this.ada.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Order " + order, "Acme Tools", "Drill", "€240.00", "Placed");
		assertThat(this.viewCart.of(this.ada.id()).isEmpty()).isTrue();
		assertThat(available(this.drill)).isEqualTo(3);
	}

	@Test
	void placesOneOrderWhenTheFormIsSubmittedTwice() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());

		long first = orderIn(submit(this.ada, token, "all"));
		MvcTestResult again = submit(this.ada, token, "all");

		assertThat(orderIn(again)).isEqualTo(first);
		assertThat(again).flash().containsEntry("notice", "This order was placed already, once.");
		assertThat(ordersOf(this.ada)).isOne();
		assertThat(available(this.drill)).isEqualTo(4);
	}

	@Test
	void letsTheCustomerBuyWhatIsAvailableWhenSomethingRanShortAfterShowingTheNewTotal() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 2);
		this.addToCart.add(this.ada.id(), this.saw, 3);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.elsewhere.sell(this.saw, 2);

		MvcTestResult shortage = submit(this.ada, token, "all");

		assertThat(shortage).hasStatus(409)
			.bodyText()
			.contains("Some products ran short", "Saw", "Acme Tools", "Buy what is available",
					"Remove the unavailable products and return to the dashboard");
		assertThat(shortage).bodyText().doesNotContain("Drill");
		assertThat(ordersOf(this.ada)).isZero();
		assertThat(available(this.drill)).isEqualTo(5);

		MvcTestResult whatIsAvailable = this.mvc.get().uri("/checkout/available").with(this.ada.signedIn()).exchange();
		assertThat(whatIsAvailable).hasStatusOk()
			.bodyText()
			.contains("Check out what is available", "Drill", "Saw", "€285.00");
		assertThat(ordersOf(this.ada)).as("nothing bought before the customer confirms the new total").isZero();
		long order = orderIn(submit(this.ada, tokenIn(whatIsAvailable), "all"));
		assertThat(this.jdbc.sql("select quantity from order_line where order_id = :order order by offering_id")
			.param("order", order)
			.query(Integer.class)
			.list()).containsExactly(2, 1);
		assertThat(available(this.saw)).isZero();
	}

	@Test
	void showsWhatChangedAndANewFormWhenAPriceWentUpAfterTheSummary() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.offerings.price(this.drill, 3_000_000_000L);

		MvcTestResult changed = submit(this.ada, token, "all");

		assertThat(changed).hasStatus(409)
			.bodyText()
			.contains("Your order changed since you reviewed it", "Nothing was bought", "price went up", "€120.00",
					"€30,000,000.00", "Place this order");
		assertThat(ordersOf(this.ada)).isZero();
		String newToken = tokenOf(changed);
		assertThat(newToken).isNotEqualTo(token);
		long order = orderIn(submit(this.ada, newToken, "all"));
		assertThat(this.jdbc.sql("select total_cents from customer_order where id = :order")
			.param("order", order)
			.query(Long.class)
			.single()).isEqualTo(3_000_000_000L);
	}

	@Test
	void aCartChangedInAnotherTabIsShownAgainNotBought() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.addToCart.add(this.ada.id(), this.saw, 3);

		assertThat(submit(this.ada, token, "all")).hasStatus(409)
			.bodyText()
			.contains("Your order changed since you reviewed it", "added to your cart", "Saw");
		assertThat(ordersOf(this.ada)).isZero();
	}

	@Test
	void letsTheCustomerFitTheCartAndGoBackWhenSomethingRanShort() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 2);
		this.addToCart.add(this.ada.id(), this.saw, 3);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.elsewhere.sell(this.saw, 3);
		assertThat(submit(this.ada, token, "all")).hasStatus(409).bodyText().contains("Sold out");

		assertThat(this.mvc.post().uri("/checkout/fit-cart").with(this.ada.signedIn()).with(csrf()))
			.hasRedirectedUrl("/dashboard")
			.flash()
			.containsKey("notice");
		assertThat(this.viewCart.of(this.ada.id()).lines()).extracting(CartLine::quantity).containsExactly(2);
		assertThat(ordersOf(this.ada)).isZero();
	}

	@Test
	void sendsAnEmptyCartBackToTheCart() throws Exception {
		assertThat(this.mvc.get().uri("/checkout").with(this.ada.signedIn())).hasRedirectedUrl("/cart")
			.flash()
			.containsKey("notice");
	}

	@Test
	void asksForACardBeforeBuying() throws Exception {
		Shopper noCard = this.shoppers.withoutCard("Nocard");
		this.addToCart.add(noCard.id(), this.drill, 1);
		MvcTestResult summary = this.mvc.get().uri("/checkout").with(noCard.signedIn()).exchange();
		assertThat(summary).hasStatusOk()
			.bodyText()
			.contains("You have no payment card on file", "disabled",
					"href=\"/account/card?returnTo=/checkout\" id=\"add-card\"");

		assertThat(submit(noCard, tokenIn(summary), "all")).hasRedirectedUrl("/checkout")
			.flash()
			.containsEntry("problem", "Add a payment card to your account before you buy.");
		assertThat(ordersOf(noCard)).isZero();
	}

	@Test
	void tellsADeclinedPaymentInEscapedWords() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.payments.declineFor(this.ada.id(), "<b>Card blocked</b>");

		MvcTestResult declined = submit(this.ada, token, "all");

		assertThat(declined).hasRedirectedUrl("/checkout")
			.flash()
			.containsEntry("problem", "Your payment was declined: <b>Card blocked</b>. Nothing was bought.");
		assertThat(this.mvc.get()
			.uri("/checkout")
			.with(this.ada.signedIn())
			.cookie(declined.getResponse().getCookie("FLASH"))).bodyText()
			.contains("Your payment was declined: &lt;b&gt;Card blocked&lt;/b&gt;.")
			.doesNotContain("<b>Card blocked</b>");
		assertThat(available(this.drill)).isEqualTo(5);
	}

	@Test
	void offersAnotherCardAfterADeclineInsteadOfSayingTheDeclinedOnePays() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		this.payments.declineFor(this.ada.id(), "Card declined");

		MvcTestResult declined = submit(this.ada, token, "all");

		assertThat(this.mvc.get()
			.uri("/checkout")
			.with(this.ada.signedIn())
			.cookie(declined.getResponse().getCookie("FLASH"))).bodyText()
			.contains("was declined.", "href=\"/account/card?returnTo=/checkout\"", "Use another card")
			.doesNotContain("Paid with");
		assertThat(this.mvc.get().uri("/checkout").with(this.ada.signedIn())).bodyText()
			.as("without a decline the card pays, and another may be chosen")
			.contains("Paid with", "Use another card");
	}

	@Test
	void refusesGarbageAndOtherCustomersTokensWithoutBuyingAnything() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String adasToken = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
		Shopper mallory = this.shoppers.withCard("Mallory");
		this.addToCart.add(mallory.id(), this.saw, 1);
		List<String> garbage = List.of("", " ", "abc", "-1", "0", "99999999999999999999", "٣",
				"<script>alert(1)</script>", "' or 1=1 --", "x".repeat(10_000), adasToken.toUpperCase(),
				UUID.randomUUID().toString(), adasToken + "' or '1'='1", adasToken);

		for (String token : garbage) {
			assertThat(submit(mallory, token, "all")).as(token)
				.hasStatus(400)
				.bodyText()
				.contains("This checkout form is not valid.");
		}
		assertThat(this.mvc.post().uri("/checkout").with(mallory.signedIn()).with(csrf())).hasStatus(400);
		assertThat(ordersOf(mallory)).isZero();
		assertThat(this.payments.approvedFor(mallory.id())).isEmpty();
		assertThat(available(this.saw)).isEqualTo(3);
		assertThat(orderIn(submit(this.ada, adasToken, "all"))).isPositive();
	}

	@Test
	void buysAllOrNothingWhateverTheModeSays() throws Exception {
		for (String mode : new String[] { "", "ALL", "Available", "<script>", "' or 1=1 --", "x".repeat(5_000) }) {
			this.addToCart.add(this.ada.id(), this.saw, 3);
			String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());
			this.elsewhere.sell(this.saw, 1);
			assertThat(submit(this.ada, token, mode)).as(mode).hasStatus(409);
			assertThat(ordersOf(this.ada)).isZero();
			this.jdbc.sql("update offering set available = 3, sold_total = 0 where id = :id")
				.param("id", this.saw.value())
				.update();
			OfferingFixtures.recordChange(this.jdbc);
		}
	}

	@Test
	void refusesFormsWithoutCsrfToken() throws Exception {
		this.addToCart.add(this.ada.id(), this.drill, 1);
		String token = tokenIn(this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange());

		assertThat(this.mvc.post().uri("/checkout").with(this.ada.signedIn()).param("token", token)).hasStatus(403);
		assertThat(this.mvc.post().uri("/checkout/fit-cart").with(this.ada.signedIn())).hasStatus(403);
		assertThat(ordersOf(this.ada)).isZero();
		assertThat(this.mvc.get().uri("/checkout")).hasStatus3xxRedirection();
	}

	@Test
	void escapesProductNamesOnTheSummaryAndTheShortagePage() throws Exception {
		long evil = this.offerings.manufacturer("evil", "<i>Evil</i> Corp");
		OfferingId script = this.offerings.offering(evil, this.offerings.sku("xss"), "<script>alert(1)</script>", 100,
				2);
		this.addToCart.add(this.ada.id(), script, 2);
		MvcTestResult summary = this.mvc.get().uri("/checkout").with(this.ada.signedIn()).exchange();
		assertThat(summary).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;Evil&lt;/i&gt; Corp")
			.doesNotContain("<script>alert(1)</script>", "<i>Evil</i>");
		this.elsewhere.sell(script, 1);

		assertThat(submit(this.ada, tokenIn(summary), "all")).hasStatus(409)
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;Evil&lt;/i&gt; Corp")
			.doesNotContain("<script>alert(1)</script>", "<i>Evil</i>");
	}

	private MvcTestResult submit(Shopper shopper, String token, String mode) {
		return this.mvc.post()
			.uri("/checkout")
			.with(shopper.signedIn())
			.with(csrf())
			.param("token", token)
			.param("mode", mode)
			.exchange();
	}

	private static String tokenIn(MvcTestResult page) throws UnsupportedEncodingException {
		assertThat(page).hasStatusOk();
		return tokenOf(page);
	}

	private static String tokenOf(MvcTestResult page) throws UnsupportedEncodingException {
		Matcher matcher = TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).as("a checkout token in the page").isTrue();
		return matcher.group(1);
	}

	private static long orderIn(MvcTestResult placed) {
		assertThat(placed).hasStatus3xxRedirection();
		Matcher matcher = ORDER.matcher(placed.getResponse().getRedirectedUrl());
		assertThat(matcher.matches()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long ordersOf(Shopper shopper) {
		return this.jdbc.sql("select count(*) from customer_order where customer_id = :customer")
			.param("customer", shopper.id().value())
			.query(Long.class)
			.single();
	}

	private long available(OfferingId offering) {
		return this.jdbc.sql("select available from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single();
	}

}
