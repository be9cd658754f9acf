package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SigningInAndOutBrowserTests {

	@Autowired
	SignUp signUp;

	@Autowired
	CardVault vault;

	Customer ada;

	@BeforeEach
	void account() {
		this.ada = new Accounts(this.signUp, this.vault).withCard("Ada");
	}

	@Test
	void aWrongPasswordShowsAnErrorAndKeepsTheCustomerOut(Shop shop) {
		SignInPage refused = shop.signIn().signInRefused(this.ada.email(), "not the password");

		assertThat(refused.problems()).containsExactly("Wrong e-mail address or password.");
		assertThat(refused.email()).as("the address stays filled in").isEqualTo(this.ada.email());
		assertThat(refused.signedInAs()).isEmpty();
		shop.open("/orders");
		SignInPage asked = new SignInPage(shop);
		assertThat(asked.signedInAs()).isEmpty();

		OrdersPage orders = asked.signIn(this.ada.email(), Accounts.PASSWORD, OrdersPage::new);
		assertThat(orders.signedInAs()).isEqualTo(this.ada.email());
	}

	@Test
	void signingOutEndsTheSession(Shop shop) {
		DashboardPage dashboard = shop.signIn().signIn(this.ada.email(), Accounts.PASSWORD);

		SignInPage signedOut = dashboard.signOut();

		assertThat(signedOut.notices()).containsExactly("You have signed out.");
		assertThat(signedOut.signedInAs()).isEmpty();
		shop.open("/cart");
		assertThat(shop.path()).isEqualTo("/login");
		shop.browser().navigate().back();
		assertThat(new SignInPage(shop).signedInAs()).as("going back does not sign in again").isEmpty();
	}

}
