package dev.centraldistribution.distributor.web.security;

import dev.centraldistribution.distributor.customers.Customer;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Makes a MockMvc request as a signed-in customer, without going through the login form:
 * {@code mvc.get().uri("/cart").with(SignedIn.as(customer))}.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(Customer customer) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(AuthenticatedCustomer.of(customer),
				null, AccountDetails.CUSTOMER_AUTHORITIES));
	}

}
