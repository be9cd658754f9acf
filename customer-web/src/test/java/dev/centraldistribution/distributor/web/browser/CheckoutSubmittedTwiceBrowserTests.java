package dev.centraldistribution.distributor.web.browser;

import java.time.Duration;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CheckoutSubmittedTwiceBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	@Autowired
	CheckoutSubmissions submissions;

	Backstage backstage;

	OfferingFixtures offerings;

	OfferingId lamp;

	Customer ada;

	@BeforeEach
	void lampOnOffer() {
		this.backstage = new Backstage(this.jdbc);
		this.offerings = new OfferingFixtures(this.jdbc);
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		this.lamp = this.offerings.offering(acme, this.offerings.sku("lamp"), "Lamp " + this.offerings.sku("lamp"),
				1_500, 10);
		this.ada = new Accounts(this.signUp, this.vault).withCard("Ada");
	}

	@AfterEach
	void answerWithoutDelay() {
		this.submissions.holdEachBackFor(Duration.ZERO);
	}

	@Test
	void aDoubleClickOnPlaceOrderSendsTwoFormsAndPlacesOneOrder(Shop shop) {
		CheckoutPage checkout = twoLampsAtCheckout(shop);
		this.submissions.holdEachBackFor(Duration.ofMillis(500));
		int before = this.submissions.received();

		OrderPage placed = checkout.placeOrderWithADoubleClick();

		assertThat(this.submissions.received() - before).as("order forms that reached the shop").isEqualTo(2);
		assertThat(placed.order().lines()).containsExactly(lampName() + " × 2");
		assertThat(this.backstage.ordersOf(this.ada.id())).isOne();
		assertThat(this.backstage.available(this.lamp)).isEqualTo(8);
		assertThat(shop.orders().orders()).extracting(OrderCard::id).containsExactly(placed.order().id());
	}

	@Test
	void reloadingTheOrderOrGoingBackToTheCheckoutNeverPlacesASecondOrder(Shop shop) {
		OrderPage placed = twoLampsAtCheckout(shop).placeOrder();
		long order = placed.order().id();

		OrderPage reloaded = placed.reload();
		assertThat(reloaded.order().id()).isEqualTo(order);
		shop.browser().navigate().back();
		// Chromium restores the filled-in checkout form from its back-forward cache only
		// when no cookie changed since it was shown; the notice cookie of the order page
		// did change, so it asks the shop again, which answers with the emptied cart.
		// Both
		// are fine; a restored form placed again must show the one order.
		shop.await()
			.until((browser) -> browser.getTitle().startsWith("Checkout")
					|| browser.getTitle().startsWith("Your cart"));
		if (shop.browser().getTitle().startsWith("Checkout")) {
			OrderPage again = new CheckoutPage(shop).placeOrder();
			assertThat(again.notices()).containsExactly("This order was placed already, once.");
			assertThat(again.order().id()).isEqualTo(order);
		}
		else {
			assertThat(new CartPage(shop).isEmpty()).isTrue();
		}
		assertThat(this.backstage.ordersOf(this.ada.id())).isOne();
		assertThat(this.backstage.available(this.lamp)).isEqualTo(8);
	}

	private CheckoutPage twoLampsAtCheckout(Shop shop) {
		shop.signIn()
			.signIn(this.ada.email(), Accounts.PASSWORD)
			.search(lampName())
			.offering(this.offerings.sku("lamp"), "Acme Tools")
			.addToCart(2);
		return shop.cart().checkOut();
	}

	private String lampName() {
		return "Lamp " + this.offerings.sku("lamp");
	}

}
