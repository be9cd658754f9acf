package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class BrowsingBeforeSigningUpBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	OfferingFixtures offerings;

	String tag;

	String drill;

	@BeforeEach
	void offerings() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.tag = this.offerings.sku("garden");
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		this.drill = this.offerings.sku("drill");
		this.offerings.offering(acme, this.drill, "Drill " + this.tag, 12_000, 5);
	}

	@Test
	void aVisitorAddsBeforeSigningInAndComesBackWithTheProductInTheCart(Shop shop) {
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		DashboardPage looking = shop.dashboard().search(this.tag);
		assertThat(looking.signedInAs()).isEmpty();
		assertThat(looking.productNames()).containsExactly("Drill " + this.tag);

		SignInPage asked = looking.offering(this.drill, "Acme Tools").addToCartBeforeSigningIn(2);
		assertThat(asked.notices()).singleElement().asString().startsWith("Sign in, or open an account");

		DashboardPage back = asked.signIn(ada.email(), Accounts.PASSWORD);
		assertThat(back.searchText()).as("the same dashboard page, search included").isEqualTo(this.tag);
		assertThat(back.notices())
			.containsExactly("Added to your cart: Drill " + this.tag + " from Acme Tools. Your cart holds 2 of it.");
		assertThat(back.cartCount()).isEqualTo(2);
	}

	@Test
	void aVisitorWhoOpensAnAccountComesBackWithTheProductInTheCart(Shop shop) {
		SignInPage asked = shop.dashboard()
			.search(this.tag)
			.offering(this.drill, "Acme Tools")
			.addToCartBeforeSigningIn(1);

		DashboardPage back = asked.openAnAccount()
			.openAccount("Grace", CustomerFixtures.uniqueEmail(), "a long enough password");

		assertThat(back.searchText()).isEqualTo(this.tag);
		assertThat(back.notices())
			.containsExactly("Added to your cart: Drill " + this.tag + " from Acme Tools. Your cart holds 1 of it.");
		assertThat(shop.cart().productNames()).containsExactly("Drill " + this.tag);
	}

	@Test
	void addingStaysOnThePageAndCountsInTheHeader(Shop shop) {
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		DashboardPage dashboard = shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(this.tag);
		assertThat(dashboard.cartCount()).isZero();
		WebElement page = shop.find(By.tagName("html"));

		dashboard = dashboard.offering(this.drill, "Acme Tools").addToCart(2);
		assertThat(dashboard.cartCount()).isEqualTo(2);
		dashboard = dashboard.offering(this.drill, "Acme Tools").addToCart(1);

		assertThat(dashboard.cartCount()).isEqualTo(3);
		assertThat(dashboard.notices())
			.containsExactly("Added to your cart: Drill " + this.tag + " from Acme Tools. Your cart holds 3 of it.");
		assertThat(page.isDisplayed()).as("the same page, never reloaded").isTrue();
		assertThat(dashboard.searchText()).isEqualTo(this.tag);
	}

	@Test
	void onAPhoneTheMenuFoldsAndNothingIsWiderThanTheScreen(Shop shop) {
		Customer ada = new Accounts(this.signUp, this.vault).withCard("Ada");
		shop.browser().manage().window().setSize(new Dimension(390, 844));
		DashboardPage dashboard = shop.signIn().signIn(ada.email(), Accounts.PASSWORD).search(this.tag);

		assertThat(widerThanTheScreen(shop)).isFalse();
		WebElement signOut = shop.find(By.xpath("//nav//button[normalize-space()='Sign out']"));
		assertThat(signOut.isDisplayed()).as("folded away").isFalse();
		assertThat(dashboard.cartCount()).as("the cart stays in sight").isZero();

		shop.find(By.cssSelector("button.navbar-toggler")).click();

		shop.await().until((browser) -> signOut.isDisplayed());
		assertThat(shop.find(By.cssSelector("button.navbar-toggler")).getDomAttribute("aria-expanded"))
			.isEqualTo("true");
		for (String path : new String[] { "/cart", "/account", "/login" }) {
			shop.open(path);
			assertThat(widerThanTheScreen(shop)).as(path).isFalse();
		}
	}

	private static boolean widerThanTheScreen(Shop shop) {
		return (Boolean) ((JavascriptExecutor) shop.browser())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
	}

}
