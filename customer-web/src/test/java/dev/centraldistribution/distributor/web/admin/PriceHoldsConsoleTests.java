package dev.centraldistribution.distributor.web.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator console lists the offerings a price rise beyond the bound holds off sale,
 * and the operator, alone, releases them; the customer whose cart holds one is told why
 * it cannot be bought.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PriceHoldsConsoleTests {

	private static final long OLD_PRICE = 300;

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

	/** €3.00 to €300,000.00: beyond any sensible bound (default 10). */
	private static final long TOO_HIGH = OLD_PRICE * 100_000;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	AddToCart addToCart;

	long manufacturer;

	String sku;

	OfferingId drill;

	Customer customer;

	@BeforeEach
	void aDrillInACustomersCartWhoseManufacturerRaisesItsPriceTenThousandfold() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.manufacturer = offerings.manufacturer("acme", "Acme Tools");
		this.sku = offerings.sku("drill");
		this.drill = offerings.offering(this.manufacturer, this.sku, "Drill " + this.sku, OLD_PRICE, 5);
		this.customer = new CustomerFixtures(this.signUp).customer();
		this.addToCart.add(this.customer.id(), this.drill, 1);
		this.reconciliation.apply(this.manufacturer,
				List.of(new ProductOffering(this.sku, "Drill " + this.sku, TOO_HIGH, "EUR", 5, 0)));
	}

	@Test
	void theOperatorSeesTheHeldOfferingWithBothPricesAndReleasesIt() {
		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Prices held for review", "Drill " + this.sku, "Acme Tools", "€3.00", "€300,000.00",
					"/admin/price-holds/" + this.drill + "/release");

		assertThat(operator.postFromPage("/admin", "/admin/price-holds/" + this.drill + "/release",
				"proposedPriceCents", Long.toString(TOO_HIGH)))
			.hasRedirectedUrl("/admin");

		assertThat(operator.get("/admin")).bodyText()
			.contains("Offering " + this.drill + " sells at €300,000.00 from now on.")
			.doesNotContain("Drill " + this.sku);
		assertThat(price()).isEqualTo(TOO_HIGH);
		assertThat(onSale()).isTrue();
	}

	@Test
	void aReleaseOfAPriceNoLongerAskedIsRefusedWithTheNewOne() {
		Browser operator = Operators.signedIn(this.mvc);
		this.reconciliation.apply(this.manufacturer,
				List.of(new ProductOffering(this.sku, "Drill " + this.sku, TOO_HIGH * 2, "EUR", 5, 0)));

		operator.postFromPage("/admin", "/admin/price-holds/" + this.drill + "/release", "proposedPriceCents",
				Long.toString(TOO_HIGH));

		assertThat(operator.get("/admin")).bodyText()
			.contains("asked another price", "€600,000.00", "Nothing was released");
		assertThat(onSale()).isFalse();
		assertThat(price()).isEqualTo(OLD_PRICE);
	}

	@Test
	void aCustomerCannotReleaseAHold() {
		Browser customer = Browser.signedIn(this.mvc, this.customer);

		assertThat(customer.post("/admin/price-holds/" + this.drill + "/release", "proposedPriceCents",
				Long.toString(TOO_HIGH)))
			.hasStatus(403);

		assertThat(onSale()).isFalse();
		assertThat(price()).isEqualTo(OLD_PRICE);
	}

	@Test
	void theCustomerIsToldWhyTheHeldOfferingInTheCartCannotBeBought() {
		Browser customer = Browser.signedIn(this.mvc, this.customer);

		assertThat(customer.get("/cart")).hasStatusOk()
			.bodyText()
			.contains("Acme Tools changed its price: not on sale until it is checked", "€3.00")
			.doesNotContain("€300,000.00");
		assertThat(customer.post("/cart/lines", "offering", this.drill.toString(), "quantity", "1"))
			.hasRedirectedUrl("/dashboard");
		assertThat(customer.get("/dashboard")).bodyText()
			.contains("The price of Drill " + this.sku
					+ " from Acme Tools changed: it cannot be bought until the new price has been checked.");
	}

	@Test
	void aCheckoutOfAHeldOfferingBuysNothingAndSaysWhy() {
		Browser customer = Browser.signedIn(this.mvc, this.customer);
		MvcTestResult form = customer.get("/checkout");
		assertThat(form).bodyText().contains("Acme Tools changed its price: not on sale until it is checked");
		Matcher token = TOKEN.matcher(Browser.page(form));
		assertThat(token.find()).as("the checkout form carries a token").isTrue();

		assertThat(customer.post("/checkout", "token", token.group(1), "mode", "all")).bodyText()
			.contains("Some products ran short", "Acme Tools changed its price: none until it is checked");
		assertThat(this.jdbc.sql("select sold_total from offering where id = :id")
			.param("id", this.drill.value())
			.query(Long.class)
			.single()).isZero();
	}

	private long price() {
		return this.jdbc.sql("select unit_price_cents from offering where id = :id")
			.param("id", this.drill.value())
			.query(Long.class)
			.single();
	}

	private boolean onSale() {
		return this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", this.drill.value())
			.query(Boolean.class)
			.single();
	}

}
