package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class OrdersArePrivateBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Test
	void anotherCustomersOrderIsAFriendlyNotFoundPageLikeAMissingOne(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String secret = "Secret gift " + offerings.sku("gift");
		offerings.offering(offerings.manufacturer("acme", "Acme Tools"), offerings.sku("gift"), secret, 5_000, 4);
		Accounts accounts = new Accounts(this.signUp, this.vault);
		Customer ada = accounts.withCard("Ada");
		Customer mallory = accounts.withCard("Mallory");
		shop.signIn()
			.signIn(ada.email(), Accounts.PASSWORD)
			.search(secret)
			.offering(offerings.sku("gift"), "Acme Tools")
			.addToCart(1);
		long adasOrder = shop.cart().checkOut().placeOrder().order().id();
		new OrderPage(shop).signOut().signIn(mallory.email(), Accounts.PASSWORD);

		shop.open("/orders/" + adasOrder);
		ErrorPage notFound = new ErrorPage(shop);

		assertThat(notFound.heading()).isEqualTo("We could not find that page.");
		assertThat(notFound.explanation()).startsWith("Error 404. Nothing was changed.");
		assertThat(notFound.signedInAs()).as("the shop's own page, still signed in").isEqualTo(mallory.email());
		assertThat(shop.find(By.tagName("body")).getText()).doesNotContain(secret, "Ada");
		shop.open("/orders/" + (adasOrder + 1_000_000));
		assertThat(new ErrorPage(shop).heading()).as("exactly like an order that does not exist")
			.isEqualTo("We could not find that page.");
		assertThat(new ErrorPage(shop).backToTheDashboard().signedInAs()).isEqualTo(mallory.email());
		assertThat(shop.orders().orders()).isEmpty();
	}

}
