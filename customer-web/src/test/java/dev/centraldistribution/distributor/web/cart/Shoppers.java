package dev.centraldistribution.distributor.web.cart;

import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in customers for web tests: a customer row, a card on file, and the
 * authentication the web shop gives them once they have signed in.
 */
public final class Shoppers {

	private final CustomerFixtures customers;

	private final InMemoryPaymentGateway payments;

	public Shoppers(JdbcClient jdbc, InMemoryPaymentGateway payments) {
		this.customers = new CustomerFixtures(jdbc);
		this.payments = payments;
	}

	public Shopper withCard(String name) {
		Shopper shopper = withoutCard(name);
		this.payments.giveCard(shopper.id());
		return shopper;
	}

	public Shopper withoutCard(String name) {
		return new Shopper(this.customers.customer(name).id(), name);
	}

	/**
	 * A customer and how requests are made as them.
	 *
	 * @param id the customer
	 * @param name their name
	 */
	public record Shopper(CustomerId id, String name) {

		public RequestPostProcessor signedIn() {
			AuthenticatedCustomer principal = new AuthenticatedCustomer(this.id, this.id + "@example.test", this.name);
			return authentication(new UsernamePasswordAuthenticationToken(principal, null,
					List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));
		}

	}

}
