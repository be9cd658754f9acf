package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CheckoutWhenStockRanShortBrowserTests {

	@Autowired
	SalesElsewhere elsewhere;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Test
	void showsWhatRanShortAndBuysWhatIsAvailableAfterShowingTheNewTotal(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		Backstage backstage = new Backstage(this.jdbc);
		String tag = offerings.sku("garden");
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId rake = offerings.offering(acme, offerings.sku("rake"), "Rake " + tag, 2_000, 5);
		OfferingId hose = offerings.offering(acme, offerings.sku("hose"), "Hose " + tag, 3_000, 3);
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		DashboardPage dashboard = shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(tag);
		dashboard.offering(offerings.sku("rake"), "Acme Tools").addToCart(2);
		dashboard.search(tag).offering(offerings.sku("hose"), "Acme Tools").addToCart(3);
		CheckoutPage checkout = shop.cart().checkOut();
		assertThat(checkout.total()).isEqualTo("€130.00");

		this.elsewhere.sell(hose, 2);
		ShortagePage shortage = checkout.placeOrderThatRanShort();

		assertThat(shortage.shortLines()).containsExactly("Hose " + tag + ", Acme Tools, 3, 1");
		assertThat(backstage.ordersOf(ada.id())).as("nothing bought yet").isZero();
		assertThat(backstage.available(rake)).isEqualTo(5);

		CheckoutPage whatIsAvailable = shortage.buyWhatIsAvailable();
		assertThat(whatIsAvailable.total()).isEqualTo("€70.00");
		assertThat(backstage.ordersOf(ada.id())).as("nothing bought before the new total is confirmed").isZero();
		OrderPage placed = whatIsAvailable.placeOrder();
		assertThat(placed.notices()).containsExactly("Thank you! Your order is placed.");
		assertThat(placed.order().lines()).containsExactlyInAnyOrder("Rake " + tag + " × 2", "Hose " + tag + " × 1");
		assertThat(placed.order().total()).isEqualTo("€70.00");
		assertThat(placed.order().status()).isEqualTo("Placed");
		assertThat(backstage.ordersOf(ada.id())).isOne();
		assertThat(backstage.available(hose)).isZero();
		assertThat(backstage.available(rake)).isEqualTo(3);
	}

}
