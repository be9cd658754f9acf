package dev.centraldistribution.distributor.web.browser;

import java.time.YearMonth;
import java.time.ZoneOffset;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class NewCustomerShopsThroughTheWholeShopBrowserTests {

	static final YearMonth NEXT_YEAR = YearMonth.now(ZoneOffset.UTC).plusYears(1);

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsUpAddsACardShopsChecksOutAndFindsTheOrderInTheHistory(Shop shop) {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String tag = offerings.sku("tools");
		long acme = offerings.manufacturer("acme", "Acme Tools");
		long globex = offerings.manufacturer("globex", "Globex");
		offerings.offering(acme, offerings.sku("drill"), "Drill " + tag, 12_000, 5);
		offerings.offering(globex, offerings.sku("drill"), "Drill " + tag, 9_950, 2);
		offerings.offering(acme, offerings.sku("saw"), "Saw " + tag, 4_500, 3);
		String email = CustomerFixtures.uniqueEmail();

		DashboardPage dashboard = shop.signUp().openAccount("Grace Hopper", email, "a long enough password");
		assertThat(dashboard.notices()).containsExactly("Welcome, Grace Hopper! Your account is ready.");
		assertThat(dashboard.signedInAs()).isEqualTo(email);

		CardPage card = shop.card().save("4242 4242 4242 4241", NEXT_YEAR);
		assertThat(card.numberProblem()).isEqualTo("This card number is not valid. Please check it for typos.");
		assertThat(card.numberTyped()).as("the refused number is not shown again").isEmpty();
		assertThat(card.cardOnFile()).isEmpty();
		card = card.save("4242 4242 4242 4242", NEXT_YEAR);
		assertThat(card.notices()).containsExactly("Card saved: Visa •••• 4242.");
		assertThat(card.cardOnFile())
			.isEqualTo("Visa •••• 4242, expires %02d/%d".formatted(NEXT_YEAR.getMonthValue(), NEXT_YEAR.getYear()));

		dashboard = shop.dashboard().search(tag);
		assertThat(dashboard.productNames()).containsExactly("Drill " + tag, "Saw " + tag);
		dashboard = dashboard.sortBy("Lowest price");
		assertThat(dashboard.productNames()).containsExactly("Saw " + tag, "Drill " + tag);
		assertThat(dashboard.searchText()).as("the search stays when sorting").isEqualTo(tag);
		OfferingRow cheaperDrill = dashboard.offering(offerings.sku("drill"), "Globex");
		assertThat(cheaperDrill.price()).isEqualTo("€99.50");
		assertThat(cheaperDrill.available()).isEqualTo(2);
		dashboard = cheaperDrill.addToCart(2);
		assertThat(dashboard.notices())
			.containsExactly("Added to your cart: Drill " + tag + " from Globex. Your cart holds 2 of it.");
		dashboard.search(tag).offering(offerings.sku("saw"), "Acme Tools").addToCart(1);

		CartPage cart = shop.cart();
		assertThat(cart.productNames()).containsExactly("Drill " + tag, "Saw " + tag);
		cart = cart.line("Drill " + tag).changeQuantityTo(1);
		assertThat(cart.notices()).containsExactly("Drill " + tag + " from Globex: your cart holds 1 now.");
		assertThat(cart.line("Drill " + tag).quantity()).isEqualTo(1);
		cart = cart.line("Saw " + tag).remove();
		assertThat(cart.notices()).containsExactly("Removed Saw " + tag + " from Acme Tools from your cart.");
		assertThat(cart.productNames()).containsExactly("Drill " + tag);
		assertThat(cart.total()).isEqualTo("€99.50");

		CheckoutPage checkout = cart.checkOut();
		assertThat(checkout.payment()).isEqualTo("Paid with Visa •••• 4242.");
		assertThat(checkout.total()).isEqualTo("€99.50");
		OrderPage placed = checkout.placeOrder();
		assertThat(placed.notices()).containsExactly("Thank you! Your order is placed.");
		OrderCard order = placed.order();
		assertThat(order.status()).isEqualTo("Placed");
		assertThat(order.total()).isEqualTo("€99.50");
		assertThat(order.lines()).containsExactly("Drill " + tag + " × 1");

		assertThat(shop.orders().orders()).containsExactly(order);
		assertThat(shop.cart().isEmpty()).isTrue();
	}

}
