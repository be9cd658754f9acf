package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.payments.CardVault;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the shop, as a visitor, a customer and the operator see it, at a phone's
 * width (390 × 844) and a desktop's (1366 × 900): none is wider than the screen, axe-core
 * finds nothing serious or critical, and each is photographed, as tall as it is, into
 * {@code target/browser-screenshots/page-<name>-<width>.png} (kept by CI). A first visit
 * to the dashboard, with an empty cache, moves under 100 KB.
 */
@BrowserTest
class EveryPageFitsAndPassesAxeBrowserTests {

	/** What a first visit (page, styles, scripts, icon) may move over the network. */
	static final long FIRST_VISIT_BUDGET_BYTES = 100_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Test
	void everyPageFitsAPhoneAndHasNoSeriousAccessibilityProblem(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String tag = offerings.sku("pages");
		long acme = offerings.manufacturer("acme", "Acme Tools");
		long globex = offerings.manufacturer("globex", "Globex Industrial Manufacturing Company");
		String drill = offerings.sku("drill");
		String gone = offerings.sku("gone");
		offerings.offering(acme, drill, "Cordless drill 18V " + tag, 12_000, 5);
		offerings.offering(globex, drill, "Cordless drill 18V " + tag, 9_950, 2);
		offerings.offering(acme, gone, "Circular saw 1400W " + tag, 12_900, 0);
		this.jdbc.sql("update offering set description = :description, category = 'power tools' where sku in (:skus)")
			.param("description",
					"Cordless drill-driver with two speeds, a 13 mm keyless chuck and 21 torque "
							+ "settings; two 2 Ah batteries and a charger in the case.")
			.param("skus", List.of(drill, gone))
			.update();
		OfferingFixtures.recordChange(this.jdbc);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada Lovelace-Byron of a long name");
		PageCheck check = new PageCheck(shop);

		check.visit("visitor-dashboard", "/dashboard?q=" + tag);
		check.visit("visitor-product", "/products/" + drill);
		check.visit("visitor-product-sold-out", "/products/" + gone);
		check.visit("sign-in", "/login");
		check.visit("sign-up", "/signup");
		check.visit("not-found", "/no-such-page");

		shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(tag).offering(drill, "Acme Tools").addToCart(1);
		check.visit("dashboard", "/dashboard?q=" + tag);
		check.visit("dashboard-category", "/dashboard?category=power+tools&q=" + tag);
		check.visit("product", "/products/" + drill);
		check.visit("any-manufacturer", "/products/" + drill + "/any");
		check.visit("cart", "/cart");
		check.visit("account", "/account");
		check.visit("card", "/account/card");
		check.visit("checkout", "/checkout");
		shop.open("/checkout");
		OrderPage placed = new CheckoutPage(shop).placeOrder();
		String order = shop.path();
		assertThat(placed.order().status()).isEqualTo("Placed");
		check.visit("order", order);
		check.visit("orders", "/orders");

		shop.browser().manage().deleteAllCookies();
		shop.signIn().signIn(Operators.EMAIL, Operators.PASSWORD, ConsoleOverviewPage::new);
		check.visit("console", "/admin");
		check.visit("console-manufacturers", "/admin/manufacturers");
		check.visit("console-stock", "/admin/stock");
		check.visit("console-orders", "/admin/orders?q=" + ada.email());
		check.visit("console-order", "/admin" + order);

		assertThat(check.overflows()).as("pages wider than the screen").isEmpty();
		assertThat(check.accessibilityProblems()).as("axe-core: serious and critical violations").isEmpty();
	}

	@Test
	void aFirstVisitToTheDashboardMovesLessThan100KB(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		for (int i = 0; i < 5; i++) {
			offerings.offering(acme, offerings.sku("light-" + i), "Light " + i, 1_000 + i, 3);
		}

		long bytes = new PageCheck(shop).firstVisitBytes("/dashboard");

		System.out.println("A first visit to the dashboard moved " + bytes + " bytes");
		assertThat(bytes).as("bytes moved by a first visit").isPositive().isLessThan(FIRST_VISIT_BUDGET_BYTES);
	}

}
