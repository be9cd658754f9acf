package dev.centraldistribution.distributor.web.allocation;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Buy from any manufacturer": one product from manufacturers in Lyon, Milan and Hamburg,
 * a customer in Turin. The proposal comes before anything is bought, the purchase goes
 * through the cart and the checkout, and a proposal that changed in between is shown, not
 * bought.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class AnyManufacturerPagesTests {

	static final Pattern SIGNATURE = Pattern.compile("name=\"proposal\" value=\"([0-9:;]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemoryPaymentGateway payments;

	Shoppers shoppers;

	String sku;

	OfferingId lyon;

	OfferingId milan;

	OfferingId hamburg;

	@BeforeEach
	void oneProductThreeManufacturers() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.shoppers = new Shoppers(this.jdbc, this.payments);
		this.sku = offerings.sku("shirt");
		this.lyon = offerings.offering(
				offerings.manufacturer("lyon", "Lyon Textiles", new GeoLocation(45.7640, 4.8357)), this.sku, "T-shirt",
				1_000, 10);
		this.milan = offerings.offering(
				offerings.manufacturer("milan", "Milano Moda", new GeoLocation(45.4642, 9.1900)), this.sku, "T-shirt",
				900, 10);
		this.hamburg = offerings.offering(
				offerings.manufacturer("hamburg", "Hanse Shirts", new GeoLocation(53.5511, 9.9937)), this.sku,
				"T-shirt", 800, 100);
	}

	@Test
	void aQuantityNoOneHasIsSplitAndShownWithDistancesBeforeAnythingIsBought() {
		Shopper ada = this.shoppers.withCard("Ada");

		String page = proposal(ada, "15", "NEAREST", "Turin, IT");

		assertThat(page)
			.contains("Milano Moda", "Lyon Textiles", "Nearest first to Turin, IT", "€90.00", "€50.00", "€140.00",
					" km")
			.doesNotContain("Hanse Shirts");
		assertThat(signature(page)).isEqualTo(this.milan.value() + ":10;" + this.lyon.value() + ":5");
		assertThat(cartLines(ada)).as("nothing bought by looking").isZero();
	}

	@Test
	void buyingTheProposalPutsItsLinesInTheCartAndGoesToTheCheckout() {
		Shopper ada = this.shoppers.withCard("Ada");
		String signature = signature(proposal(ada, "15", "NEAREST", "Turin, IT"));

		assertThat(buy(ada, "15", "NEAREST", "Turin, IT", signature)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/checkout");

		assertThat(cartQuantity(ada, this.milan)).isEqualTo(10);
		assertThat(cartQuantity(ada, this.lyon)).isEqualTo(5);
		assertThat(cartQuantity(ada, this.hamburg)).isZero();
	}

	@Test
	void aProposalThatChangedIsShownAgainWithItsChangesMarkedAndNothingIsBought() throws Exception {
		Shopper ada = this.shoppers.withCard("Ada");
		String signature = signature(proposal(ada, "15", "NEAREST", "Turin, IT"));
		this.jdbc.sql("update offering set available = 3 where id = :id").param("id", this.milan.value()).update();
		OfferingFixtures.recordChange(this.jdbc);

		String page = this.mvc.post()
			.uri("/products/{sku}/any", this.sku)
			.with(ada.signedIn())
			.with(csrf())
			.param("quantity", "15")
			.param("strategy", "NEAREST")
			.param("city", "Turin, IT")
			.param("proposal", signature)
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Stock or manufacturers changed since you looked", "changed-line");
		assertThat(signature(page))
			.isEqualTo(this.milan.value() + ":3;" + this.lyon.value() + ":10;" + this.hamburg.value() + ":2");
		assertThat(cartLines(ada)).isZero();
	}

	@Test
	void aFarRegionIsUsedOnlyForWhatTheNearOneCannotSupplyAndThePageSaysSo() {
		Shopper ada = this.shoppers.withCard("Ada");

		String page = proposal(ada, "30", "CHEAPEST", "Turin, IT");

		assertThat(page).contains("The region nearest to you could not supply everything", "farther (2)",
				"Hanse Shirts");
		assertThat(signature(page))
			.isEqualTo(this.milan.value() + ":10;" + this.lyon.value() + ":10;" + this.hamburg.value() + ":10");
	}

	@Test
	void badInputGetsAClearMessageAndBuysNothing() {
		Shopper ada = this.shoppers.withCard("Ada");
		for (String quantity : List.of("0", "-1", "abc", "1.5", "100001", "99999999999", "<script>")) {
			assertThat(proposal(ada, quantity, "NEAREST", "Turin, IT")).as(quantity)
				.contains("Give a quantity from 1 to 1000")
				.doesNotContain("<script>");
		}
		assertThat(proposal(ada, "5", "FASTEST", "Turin, IT")).contains("Choose one of the strategies below.");
		assertThat(proposal(ada, "5", "NEAREST", "Atlantis, XX")).contains("Choose a delivery city from the list.");
		assertThat(this.mvc.get().uri("/products/{sku}/any", "no-such-product").with(ada.signedIn())).hasStatus(404);
		assertThat(buy(ada, "abc", "NEAREST", "Turin, IT", this.milan.value() + ":10")).hasStatusOk()
			.bodyText()
			.contains("Give a quantity");
		assertThat(cartLines(ada)).isZero();
	}

	@Test
	void theCityOnTheAccountIsWhereAProposalStartsAndOnlyCitiesOfTheListAreSaved() {
		Shopper ada = this.shoppers.withCard("Ada");
		assertThat(this.mvc.post()
			.uri("/account/delivery-city")
			.with(ada.signedIn())
			.with(csrf())
			.param("city", "Atlantis, XX")).hasStatus3xxRedirection().flash().containsKey("cityProblem");
		assertThat(this.mvc.post()
			.uri("/account/delivery-city")
			.with(ada.signedIn())
			.with(csrf())
			.param("city", "Turin, IT")).hasStatus3xxRedirection();

		String page = proposal(ada, "15", "NEAREST", null);

		assertThat(page).contains("Nearest first to Turin, IT");
		assertThat(this.mvc.get().uri("/account").with(ada.signedIn())).bodyText().contains("Turin, IT");
		assertThat(proposal(ada, "15", "NEAREST", "Hamburg, DE")).as("changeable for one purchase")
			.contains("Nearest first to Hamburg, DE");
		assertThat(proposal(ada, "15", "NEAREST", null)).contains("Nearest first to Turin, IT");
	}

	@Test
	void buyingNeedsASignedInCustomerAndACsrfToken() {
		Shopper ada = this.shoppers.withCard("Ada");
		String signature = signature(proposal(ada, "5", "NEAREST", "Turin, IT"));

		assertThat(this.mvc.post()
			.uri("/products/{sku}/any", this.sku)
			.with(ada.signedIn())
			.param("quantity", "5")
			.param("proposal", signature)).hasStatus(403);
		assertThat(this.mvc.get().uri("/products/{sku}/any", this.sku)).hasStatus3xxRedirection();
		assertThat(cartLines(ada)).isZero();
	}

	private String proposal(Shopper shopper, String quantity, String strategy, String city) {
		try {
			return this.mvc.get()
				.uri("/products/{sku}/any", this.sku)
				.with(shopper.signedIn())
				.param("quantity", quantity)
				.param("strategy", strategy)
				.param("city", (city != null) ? new String[] { city } : new String[0])
				.exchange()
				.getResponse()
				.getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockMvcTester.MockMvcRequestBuilder buy(Shopper shopper, String quantity, String strategy, String city,
			String signature) {
		return this.mvc.post()
			.uri("/products/{sku}/any", this.sku)
			.with(shopper.signedIn())
			.with(csrf())
			.param("quantity", quantity)
			.param("strategy", strategy)
			.param("city", city)
			.param("proposal", signature);
	}

	private static String signature(String page) {
		Matcher matcher = SIGNATURE.matcher(page);
		assertThat(matcher.find()).as("a purchase form with its proposal").isTrue();
		return matcher.group(1);
	}

	private long cartLines(Shopper shopper) {
		return this.jdbc.sql("select count(*) from cart_line where customer_id = :customer")
			.param("customer", shopper.id().value())
			.query(Long.class)
			.single();
	}

	private long cartQuantity(Shopper shopper, OfferingId offering) {
		return this.jdbc
			.sql("select coalesce(sum(quantity), 0) from cart_line where customer_id = :c and offering_id = :o")
			.param("c", shopper.id().value())
			.param("o", offering.value())
			.query(Long.class)
			.single();
	}

}
