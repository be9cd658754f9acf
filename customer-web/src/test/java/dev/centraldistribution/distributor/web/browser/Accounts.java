package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.CardFixtures;
import dev.centraldistribution.distributor.payments.CardVault;

/**
 * Customers who already have an account with an approving card on file, opened through
 * the real sign-up, for journeys that start at signing in.
 */
final class Accounts {

	static final String PASSWORD = CustomerFixtures.PASSWORD;

	private final CustomerFixtures customers;

	private final CardFixtures cards;

	Accounts(SignUp signUp, CardVault vault) {
		this.customers = new CustomerFixtures(signUp);
		this.cards = new CardFixtures(vault);
	}

	Customer withCard(String name) {
		Customer customer = this.customers.customer(name);
		this.cards.approving(customer.id());
		return customer;
	}

}
